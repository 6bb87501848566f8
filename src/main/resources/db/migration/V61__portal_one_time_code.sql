-- One-time sign-in codes sent to citizens' email addresses: only a hash of the code is kept, with its expiry and the
-- wrong answers given so far.
CREATE TABLE portal_one_time_code (
    email      VARCHAR(200)             NOT NULL PRIMARY KEY,
    code_hash  VARCHAR(64)              NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts   INT                      NOT NULL DEFAULT 0
);
