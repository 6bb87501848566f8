-- Notifications are written to the outbox (notification_message, officer_notification) in the transaction of the
-- action that causes them, so no event needs a publication record of its own: Spring Modulith's registry is gone.
DROP TABLE event_publication;
