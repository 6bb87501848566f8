-- The administrative unit an agency serves (a ward's People's Committee serves its ward). Internal departments and
-- counters leave it empty and inherit their parent's.
ALTER TABLE agency ADD COLUMN admin_unit_id BIGINT REFERENCES admin_unit (id);
CREATE INDEX agency_by_admin_unit ON agency (admin_unit_id);
