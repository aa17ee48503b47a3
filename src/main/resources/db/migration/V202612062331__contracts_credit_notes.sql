-- What credit notes took back from a contract's invoice (before taxes), and the one that cancelled it wholly.
ALTER TABLE ct_invoice ADD COLUMN credited NUMERIC(19,2) NOT NULL DEFAULT 0;
ALTER TABLE ct_invoice ADD COLUMN cancelled_by VARCHAR(30);
