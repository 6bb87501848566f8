-- The keys, references and indexes of the administrative units, once V21 has imported them.
ALTER TABLE admin_unit ADD CONSTRAINT admin_unit_key UNIQUE NULLS NOT DISTINCT (code, valid_from);
ALTER TABLE admin_unit ADD CONSTRAINT admin_unit_parent FOREIGN KEY (parent_id) REFERENCES admin_unit (id);
CREATE INDEX admin_unit_by_parent ON admin_unit (parent_id);

ALTER TABLE admin_unit_succession ADD CONSTRAINT admin_unit_succession_pk PRIMARY KEY (predecessor_id, successor_id);
ALTER TABLE admin_unit_succession
    ADD CONSTRAINT admin_unit_succession_predecessor FOREIGN KEY (predecessor_id) REFERENCES admin_unit (id);
ALTER TABLE admin_unit_succession
    ADD CONSTRAINT admin_unit_succession_successor FOREIGN KEY (successor_id) REFERENCES admin_unit (id);
CREATE INDEX admin_unit_succession_by_successor ON admin_unit_succession (successor_id);
