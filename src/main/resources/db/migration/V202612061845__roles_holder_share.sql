-- A holder's share of the role (0 < share <= 1; null: not said), set when a proposal of the job complexes is accepted.
ALTER TABLE role_holder ADD COLUMN share NUMERIC(5,4);
ALTER TABLE role_holder ADD CONSTRAINT role_holder_share CHECK (share IS NULL OR (share > 0 AND share <= 1));
