-- Administrators' wording of message texts. A text without a row here is the one of the bundle i18n/notification.
CREATE TABLE notification_text (
    text_key   VARCHAR(100)             NOT NULL,
    language   VARCHAR(5)               NOT NULL,
    body       VARCHAR(4000)            NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(100)             NOT NULL,
    PRIMARY KEY (text_key, language)
);
