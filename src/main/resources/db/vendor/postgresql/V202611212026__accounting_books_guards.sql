-- PostgreSQL guards on the journal: every entry balances to the cent, its lines name existing entries,
-- accounts and departments, and posted entries never change. The references of journal_line are checked
-- once per statement by the trigger below instead of row by row (a 1M-posting import spends 20 s in
-- row-by-row foreign-key checks); see docs/adr/0401.
ALTER TABLE journal_line DROP CONSTRAINT journal_line_entry_id_fkey;
ALTER TABLE journal_line DROP CONSTRAINT journal_line_account_id_fkey;
ALTER TABLE journal_line DROP CONSTRAINT journal_line_department_id_fkey;

CREATE FUNCTION journal_lines_balance() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    bad BIGINT;
BEGIN
    -- every entry's lines are inserted by one statement: the lines of this statement, grouped by entry,
    -- must be all the entry's lines (line_count) and balance
    SELECT n.entry_id INTO bad
    FROM (SELECT entry_id, SUM(amount) AS balance, SUM(CASE WHEN amount > 0 THEN amount ELSE 0 END) AS debits,
                 COUNT(*) AS lines
          FROM inserted_lines GROUP BY entry_id) n
    LEFT JOIN journal_entry e ON e.id = n.entry_id
    WHERE e.id IS NULL OR n.balance <> 0 OR n.debits <> e.total OR n.lines <> e.line_count
    LIMIT 1;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'journal entry % does not balance', bad USING ERRCODE = '23514';
    END IF;
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT account_id FROM inserted_lines) i
               LEFT JOIN ledger_account a ON a.id = i.account_id WHERE a.id IS NULL)
       OR EXISTS (SELECT 1 FROM (SELECT DISTINCT department_id FROM inserted_lines WHERE department_id IS NOT NULL) i
               LEFT JOIN ledger_department d ON d.id = i.department_id WHERE d.id IS NULL) THEN
        RAISE EXCEPTION 'journal line names an unknown account or department' USING ERRCODE = '23503';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER journal_line_balance AFTER INSERT ON journal_line
    REFERENCING NEW TABLE AS inserted_lines FOR EACH STATEMENT EXECUTE FUNCTION journal_lines_balance();

CREATE FUNCTION journal_posted_never_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'posted journal entries never change; post a reversing entry' USING ERRCODE = '23514';
END $$;

CREATE TRIGGER journal_entry_frozen BEFORE UPDATE OR DELETE ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION journal_posted_never_changes();
CREATE TRIGGER journal_line_frozen BEFORE UPDATE OR DELETE ON journal_line
    FOR EACH ROW EXECUTE FUNCTION journal_posted_never_changes();

-- accounts and departments named by postings are never deleted
CREATE FUNCTION ledger_reference_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'ledger_account' AND EXISTS (SELECT 1 FROM journal_line WHERE account_id = OLD.id) THEN
        RAISE EXCEPTION 'account % has postings', OLD.id USING ERRCODE = '23503';
    END IF;
    IF TG_TABLE_NAME = 'ledger_department' AND EXISTS (SELECT 1 FROM journal_line WHERE department_id = OLD.id) THEN
        RAISE EXCEPTION 'department % has postings', OLD.id USING ERRCODE = '23503';
    END IF;
    RETURN OLD;
END $$;

CREATE TRIGGER ledger_account_kept BEFORE DELETE ON ledger_account FOR EACH ROW EXECUTE FUNCTION ledger_reference_kept();
CREATE TRIGGER ledger_department_kept BEFORE DELETE ON ledger_department FOR EACH ROW EXECUTE FUNCTION ledger_reference_kept();
