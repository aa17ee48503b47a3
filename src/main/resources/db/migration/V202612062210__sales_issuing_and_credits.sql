-- A document's row is written before its number is taken (the counter row is then held for the end of the
-- transaction only, ADR 0901): the number is set in the same transaction, so no committed document is without one.
ALTER TABLE sales_document ALTER COLUMN number DROP NOT NULL;

-- A credit note's credit on a day is what it credited less what was applied by then (the aging at a day).
CREATE INDEX sales_settlement_credit ON sales_settlement (credit_id, on_day);

-- The aging sums each open document's settlements up to the day from the index alone.
DROP INDEX sales_settlement_document;
CREATE INDEX sales_settlement_document ON sales_settlement (document_id, on_day, amount);
