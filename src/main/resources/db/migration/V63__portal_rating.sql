-- Applicants' ratings of the service, at most one per dossier (the primary key), once the result was returned.
CREATE TABLE portal_rating (
    dossier_id          BIGINT                   NOT NULL PRIMARY KEY,
    dossier_code        VARCHAR(60)              NOT NULL,
    agency_id           BIGINT                   NOT NULL,
    receiving_agency_id BIGINT                   NOT NULL,
    time_rating         VARCHAR(20)              NOT NULL,
    attitude_rating     VARCHAR(20)              NOT NULL,
    guidance_rating     VARCHAR(20)              NOT NULL,
    comment             VARCHAR(2000),
    channel             VARCHAR(10)              NOT NULL,
    rated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX portal_rating_agency ON portal_rating (agency_id, rated_at);
