-- Failed public lookups per client (IP address), so that dossier codes and PINs cannot be enumerated. Kept in the
-- database so that the limit holds across application nodes.
CREATE TABLE portal_lookup_throttle (
    client            VARCHAR(64)              NOT NULL PRIMARY KEY,
    failures          INT                      NOT NULL,
    window_started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until      TIMESTAMP WITH TIME ZONE
);
