-- What applicants said of the service (portal module): ratings and feedback, per settling agency, day (Vietnam's
-- date), field, procedure and channel of the dossier. Kept apart from stat_daily because it is not derived from the
-- dossiers' history: rebuilding the dossier statistics leaves it as it is.
CREATE TABLE stat_satisfaction (
    agency_id                BIGINT       NOT NULL,
    on_day                   DATE         NOT NULL,
    field_code               VARCHAR(100) NOT NULL,
    procedure_code           VARCHAR(20)  NOT NULL,
    channel                  SMALLINT     NOT NULL,
    ratings                  INT          NOT NULL DEFAULT 0,
    ratings_satisfied        INT          NOT NULL DEFAULT 0,
    feedback_received        INT          NOT NULL DEFAULT 0,
    feedback_answered        INT          NOT NULL DEFAULT 0,
    feedback_answered_late   INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (agency_id, on_day, field_code, procedure_code, channel)
);
