-- The working calendar (calendar module). Hours are stored per agency code; days off are national. Every change
-- increments calendar_revision in the same transaction, so that each application node notices it (README,
-- "Configuration": motcua.calendar.revision-check) and reloads its precomputed calendars.

CREATE TABLE calendar_revision (
    id       INT    NOT NULL PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO calendar_revision (id, revision) VALUES (1, 1);

-- Office (deadline) hours and reception hours of a normal week, written as 'MON-FRI 07:00-11:30 13:30-17:00;
-- SAT 07:00-11:30'. The key is an agency code, or '*' for the national default every agency inherits unless it or
-- an ancestor has hours of its own.
CREATE TABLE working_calendar (
    agency_code     VARCHAR(35)              NOT NULL PRIMARY KEY,
    office_hours    VARCHAR(500)             NOT NULL,
    reception_hours VARCHAR(500)             NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)             NOT NULL,
    version         INT                      NOT NULL DEFAULT 0
);
INSERT INTO working_calendar (agency_code, office_hours, reception_hours, updated_at, updated_by)
VALUES ('*', 'MON-FRI 07:00-11:30 13:30-17:00', 'MON-FRI 07:00-11:30 13:30-17:00', CURRENT_TIMESTAMP, 'system');

-- Days that differ from the normal week, from the yearly official notices (and the shipped seed). A year with at
-- least one day that applies follows exactly its days that apply; a year without follows the computed holidays.
-- Low-confidence days apply only once confirmed.
CREATE TABLE calendar_day (
    day_date      DATE                     NOT NULL PRIMARY KEY,
    kind          VARCHAR(30)              NOT NULL,
    name          VARCHAR(300)             NOT NULL,
    paired_date   DATE,
    notice_number VARCHAR(100),
    notice_date   DATE,
    source        VARCHAR(500),
    confidence    VARCHAR(10)              NOT NULL,
    confirmed_at  TIMESTAMP WITH TIME ZONE,
    confirmed_by  VARCHAR(100),
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by   VARCHAR(100)             NOT NULL,
    version       INT                      NOT NULL DEFAULT 0,
    CONSTRAINT calendar_day_kind
        CHECK (kind IN ('HOLIDAY', 'COMPENSATORY_DAY_OFF', 'SWAPPED_DAY_OFF', 'MAKEUP_WORKING_DAY')),
    CONSTRAINT calendar_day_confidence CHECK (confidence IN ('HIGH', 'MEDIUM', 'LOW'))
);
