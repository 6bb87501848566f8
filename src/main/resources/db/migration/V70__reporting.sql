-- The statistics read model, kept in step with the dossiers in each action's own transaction (reporting module).
-- Agencies and dossiers are referenced by id without foreign keys: they belong to other modules. Inter-agency
-- children are not counted: a pair counts once, at the parent's agency.

-- What happened per settling agency, field, procedure, day (Vietnam's date) and channel (1 in person, 2 online,
-- 3 post). Each action adds to one row; reports sum rows.
CREATE TABLE stat_daily (
    agency_id                    BIGINT       NOT NULL,
    on_day                       DATE         NOT NULL,
    field_code                   VARCHAR(100) NOT NULL,
    procedure_code               VARCHAR(20)  NOT NULL,
    channel                      SMALLINT     NOT NULL,
    received                     INT          NOT NULL DEFAULT 0,
    settled_early                INT          NOT NULL DEFAULT 0,
    settled_on_time              INT          NOT NULL DEFAULT 0,
    settled_late                 INT          NOT NULL DEFAULT 0,
    returned                     INT          NOT NULL DEFAULT 0,
    refused_at_reception         INT          NOT NULL DEFAULT 0,
    refused_after_appraisal      INT          NOT NULL DEFAULT 0,
    withdrawn                    INT          NOT NULL DEFAULT 0,
    stopped                      INT          NOT NULL DEFAULT 0,
    supplement_requests          INT          NOT NULL DEFAULT 0,
    repeated_supplement_requests INT          NOT NULL DEFAULT 0,
    apologies                    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (agency_id, on_day, field_code, procedure_code, channel)
);

-- One row per accepted dossier: what a report needs to tell, for any instant, whether it was still in progress
-- and whether it was overdue then. ended_on is the Vietnam date it was settled or closed without result.
CREATE TABLE stat_dossier (
    dossier_id          BIGINT                   NOT NULL PRIMARY KEY,
    agency_id           BIGINT                   NOT NULL,
    field_code          VARCHAR(100)             NOT NULL,
    procedure_code      VARCHAR(20)              NOT NULL,
    channel             SMALLINT                 NOT NULL,
    received_on         DATE                     NOT NULL,
    due_at              TIMESTAMP WITH TIME ZONE,
    paused_at           TIMESTAMP WITH TIME ZONE,
    ended_on            DATE,
    outcome             VARCHAR(10),
    supplement_requests INT                      NOT NULL DEFAULT 0
);
-- Those in progress at a period's end are the few not ended, or ended after it.
CREATE INDEX stat_dossier_open ON stat_dossier (agency_id, ended_on);
