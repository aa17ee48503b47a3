-- Each posting carries its entry's description and reference, so the general ledger of an account reads
-- journal_line alone, in the order of journal_line_account_date, with no join and no sort (docs/adr/0402).
-- On PostgreSQL the lines are frozen by a trigger: it is set aside for the one-time backfill below.
-- The common migration V202611220100.1 then adds the columns where this one has not (H2), fills them and
-- makes the description required.
ALTER TABLE journal_line ADD COLUMN description VARCHAR(500);
ALTER TABLE journal_line ADD COLUMN reference VARCHAR(100);

ALTER TABLE journal_line DISABLE TRIGGER journal_line_frozen;
UPDATE journal_line l SET description = e.description, reference = e.reference
FROM journal_entry e WHERE e.id = l.entry_id;
ALTER TABLE journal_line ENABLE TRIGGER journal_line_frozen;

-- The account index carries every column the general ledger reads: once VACUUM has marked the pages
-- all-visible (the import runs it; autovacuum otherwise), the ledger is read from the index alone. The texts
-- of a line fit an index row (at most 2,704 bytes): the application writes at most 500 + 100 + 100 UTF-16
-- units of description, reference and party, at most 3 bytes each in UTF-8, so 2,100 bytes.
DROP INDEX journal_line_account_date;
CREATE INDEX journal_line_account_date ON journal_line (account_id, entry_date, entry_id, line_no)
    INCLUDE (amount, party, description, reference);

-- The guard of every insert also checks that the lines repeat their entry's description and reference.
CREATE OR REPLACE FUNCTION journal_lines_balance() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    bad BIGINT;
BEGIN
    -- every entry's lines are inserted by one statement: the lines of this statement, grouped by entry,
    -- must be all the entry's lines (line_count), balance, and carry the entry's description and reference
    SELECT n.entry_id INTO bad
    FROM (SELECT entry_id, SUM(amount) AS balance, SUM(CASE WHEN amount > 0 THEN amount ELSE 0 END) AS debits,
                 COUNT(*) AS lines,
                 MIN(description COLLATE "C") AS first_description, MAX(description COLLATE "C") AS last_description,
                 COUNT(reference) AS ref_count, MIN(reference COLLATE "C") AS first_reference,
                 MAX(reference COLLATE "C") AS last_reference
          FROM inserted_lines GROUP BY entry_id) n
    LEFT JOIN journal_entry e ON e.id = n.entry_id
    WHERE e.id IS NULL OR n.balance <> 0 OR n.debits <> e.total OR n.lines <> e.line_count
       OR n.first_description <> e.description OR n.last_description <> e.description
       OR n.ref_count <> CASE WHEN e.reference IS NULL THEN 0 ELSE n.lines END
       OR n.first_reference <> e.reference OR n.last_reference <> e.reference
    LIMIT 1;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'journal entry % does not balance or its lines do not repeat its description and reference', bad
            USING ERRCODE = '23514';
    END IF;
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT account_id FROM inserted_lines) i
               LEFT JOIN ledger_account a ON a.id = i.account_id WHERE a.id IS NULL)
       OR EXISTS (SELECT 1 FROM (SELECT DISTINCT department_id FROM inserted_lines WHERE department_id IS NOT NULL) i
               LEFT JOIN ledger_department d ON d.id = i.department_id WHERE d.id IS NULL) THEN
        RAISE EXCEPTION 'journal line names an unknown account or department' USING ERRCODE = '23503';
    END IF;
    RETURN NULL;
END $$;
