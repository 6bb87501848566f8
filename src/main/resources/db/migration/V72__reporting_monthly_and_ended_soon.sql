-- Biểu 06 of a province for a year over a million dossiers (docs/benchmarks.md): whole months are read from a monthly
-- table instead of a row per day, and the dossiers in progress at a day are found without walking all those ended
-- since.

-- stat_daily summed per month (its first day), agency and field, without the procedure and the channel (which
-- multiply the rows by five and by three) but with the receipts online apart: kept by the same writes, in the same
-- transaction, and rebuilt with it. A report reads the whole months of its period here and only the days of a partial
-- month in stat_daily. Every counter of stat_daily is here.
CREATE TABLE stat_monthly (
    agency_id                    BIGINT       NOT NULL,
    in_month                     DATE         NOT NULL,
    field_code                   VARCHAR(100) NOT NULL,
    received_online              INT          NOT NULL DEFAULT 0,
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
    electronic_results           INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (agency_id, in_month, field_code)
);
INSERT INTO stat_monthly (agency_id, in_month, field_code, received_online, received, settled_early, settled_on_time,
                          settled_late, returned, refused_at_reception, refused_after_appraisal, withdrawn, stopped,
                          supplement_requests, repeated_supplement_requests, apologies, electronic_results)
SELECT agency_id, CAST(DATE_TRUNC('MONTH', on_day) AS DATE), field_code,
       SUM(CASE WHEN channel = 2 THEN received ELSE 0 END), SUM(received), SUM(settled_early),
       SUM(settled_on_time), SUM(settled_late), SUM(returned), SUM(refused_at_reception),
       SUM(refused_after_appraisal), SUM(withdrawn), SUM(stopped), SUM(supplement_requests),
       SUM(repeated_supplement_requests), SUM(apologies), SUM(electronic_results)
  FROM stat_daily
 GROUP BY agency_id, CAST(DATE_TRUNC('MONTH', on_day) AS DATE), field_code;

-- Whether the dossier ended within 31 days of its receipt. Those in progress at a day are then the few that did not
-- (still open, or long) and, of those that did, only those received in the 31 days before it: an index range of a
-- month's receipts instead of everything ended since that day. The index holds every column the report reads.
ALTER TABLE stat_dossier ADD COLUMN ended_soon BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE stat_dossier SET ended_soon = TRUE WHERE ended_on <= received_on + INTERVAL '31' DAY;
CREATE INDEX stat_dossier_in_progress
    ON stat_dossier (agency_id, ended_soon, received_on, ended_on, field_code, due_at, paused_at);
