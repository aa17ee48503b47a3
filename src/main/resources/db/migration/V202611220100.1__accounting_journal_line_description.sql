-- Each posting carries its entry's description and reference (copied when it is written; posted entries
-- never change), so the general ledger of an account reads journal_line alone, in the order of the index
-- journal_line_account_date (account, date, entry, line), with no join and no sort. See docs/adr/0402.
-- On PostgreSQL the columns were added and filled by db/vendor/postgresql/V202611220100 (the lines are
-- frozen by a trigger there), so the update below finds nothing left to fill.
ALTER TABLE journal_line ADD COLUMN IF NOT EXISTS description VARCHAR(500);
ALTER TABLE journal_line ADD COLUMN IF NOT EXISTS reference VARCHAR(100);

UPDATE journal_line
SET description = (SELECT e.description FROM journal_entry e WHERE e.id = journal_line.entry_id),
    reference = (SELECT e.reference FROM journal_entry e WHERE e.id = journal_line.entry_id)
WHERE description IS NULL;

ALTER TABLE journal_line ALTER COLUMN description SET NOT NULL;
