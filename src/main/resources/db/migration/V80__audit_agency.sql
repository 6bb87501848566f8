-- Which agency an audit entry concerns, so that a supervisor searches only the entries of the agencies he or she
-- covers. Entries about no agency (sign-ins, national settings) are for administrators.
ALTER TABLE audit_event ADD COLUMN agency_id BIGINT;
CREATE INDEX audit_event_by_agency ON audit_event (agency_id, occurred_at);
CREATE INDEX audit_event_by_subject ON audit_event (subject);
