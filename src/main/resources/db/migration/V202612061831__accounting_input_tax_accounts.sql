-- Input tax credits: the GST, QST and HST paid on purchases, claimed back from the governments (sales module).
INSERT INTO ledger_account (code, ledger_name, name_fr, name_en, type, parent_id)
SELECT c.code, c.ledger_name, c.name_fr, c.name_en, p.type, p.id
FROM (VALUES
    ('1410', 'Assets:TPS à recevoir', 'TPS à recevoir (CTI)', 'GST receivable (input tax credits)', '1'),
    ('1420', 'Assets:TVQ à recevoir', 'TVQ à recevoir (RTI)', 'QST receivable (input tax refunds)', '1'),
    ('1430', 'Assets:TVH à recevoir', 'TVH à recevoir (CTI)', 'HST receivable (input tax credits)', '1')
) AS c (code, ledger_name, name_fr, name_en, parent_code)
JOIN ledger_account p ON p.code = c.parent_code
WHERE NOT EXISTS (SELECT 1 FROM ledger_account a WHERE a.code = c.code);
