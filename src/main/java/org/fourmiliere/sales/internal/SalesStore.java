package org.fourmiliere.sales.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.sales.ClientKind;
import org.fourmiliere.sales.PaymentMethod;
import org.fourmiliere.sales.internal.TaxCalculator.TaxAmount;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.MoneySql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes the sales tables: SQL only, no rules (see {@link Drafts}, {@link Postings}, {@link Settlements}). */
@Repository
class SalesStore {

    private static final String PARTY_COLUMNS = "id, name, client_kind, province, language, email, address, terms_days, "
            + "exemption_number, organisation_id, person_id, is_customer, is_vendor";
    private static final String DOC_COLUMNS = "id, kind, number, party_id, doc_date, due_date, valid_until, status, language, "
            + "province, exempt, source_id, subtotal, tax_total, total, settled, settled_on, entry_id, note, vendor_reference";
    private static final String LINE_COLUMNS = "document_id, line_no, description, quantity, unit, unit_price, amount, department, "
            + "account, tax_code, activity, source_line";
    private static final String PAYMENT_COLUMNS = "id, direction, party_id, pay_date, method, amount, unallocated, reference, entry_id";


    /** A line of a customer's statement: a document, payment, write-off or recovery, with its effect on the balance. */
    record StatementRow(LocalDate day, String kind, String number, long id, Money charge, Money credit) {}

    record TaxSum(String tax, String side, Money base, Money amount) {}

    private static final int MANY_PARTIES = 200;

    private final JdbcClient jdbc;

    SalesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- parties

    long insertParty(Party p, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO sales_party (name, client_kind, province, language, email, address, terms_days, exemption_number,
                                         organisation_id, person_id, is_customer, is_vendor, created_at)
                VALUES (:name, :kind, :province, :language, :email, :address, :terms, :exemption, :org, :person, :customer,
                        :vendor, :at)""")
                .param("name", p.name()).param("kind", p.kind().name()).param("province", p.province())
                .param("language", p.language()).param("email", p.email()).param("address", p.address())
                .param("terms", p.termsDays()).param("exemption", p.exemptionNumber()).param("org", p.organisationId())
                .param("person", p.personId()).param("customer", p.customer()).param("vendor", p.vendor())
                .param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Party> party(long id) {
        return jdbc.sql("SELECT " + PARTY_COLUMNS + " FROM sales_party WHERE id = :id").param("id", id)
                .query(SalesStore::party).optional();
    }

    /** Locks the party's row: payments and write-offs of one party do not cross. */
    void lockParty(long id) {
        jdbc.sql("SELECT id FROM sales_party WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional();
    }

    List<Party> parties(boolean customers) {
        return jdbc.sql("SELECT " + PARTY_COLUMNS + " FROM sales_party WHERE " + (customers ? "is_customer" : "is_vendor")
                        + " = TRUE ORDER BY name, id")
                .query(SalesStore::party).list();
    }

    Map<Long, Party> parties(Collection<Long> ids) {
        Map<Long, Party> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        if (ids.size() > MANY_PARTIES) {
            // a report naming most parties (the aging): one read of the table, not a list of thousands of ids
            jdbc.sql("SELECT " + PARTY_COLUMNS + " FROM sales_party").query(SalesStore::party).list()
                    .forEach(p -> { if (ids.contains(p.id())) out.put(p.id(), p); });
            return out;
        }
        jdbc.sql("SELECT " + PARTY_COLUMNS + " FROM sales_party WHERE id IN (:ids)").param("ids", ids)
                .query(SalesStore::party).list().forEach(p -> out.put(p.id(), p));
        return out;
    }

    // --- numbering

    /**
     * Takes the next number of the kind and fiscal year: the year's row is incremented, which locks it until the
     * transaction ends, so that numbers are handed out one at a time and a number is given only if the document
     * commits. The first document of a year takes the kind's lock row (year 0) to create the year's row alone.
     */
    int takeNumber(DocKind kind, int fiscalYear) {
        if (increment(kind, fiscalYear) == 0) {
            jdbc.sql("SELECT next_value FROM sales_counter WHERE kind = :kind AND fiscal_year = 0 FOR UPDATE")
                    .param("kind", kind.name()).query(Integer.class).single();
            if (increment(kind, fiscalYear) == 0) {
                jdbc.sql("INSERT INTO sales_counter (kind, fiscal_year, next_value) VALUES (:kind, :year, 2)")
                        .param("kind", kind.name()).param("year", fiscalYear).update();
                return 1;
            }
        }
        return jdbc.sql("SELECT next_value - 1 FROM sales_counter WHERE kind = :kind AND fiscal_year = :year")
                .param("kind", kind.name()).param("year", fiscalYear).query(Integer.class).single();
    }

    private int increment(DocKind kind, int fiscalYear) {
        return jdbc.sql("UPDATE sales_counter SET next_value = next_value + 1 WHERE kind = :kind AND fiscal_year = :year")
                .param("kind", kind.name()).param("year", fiscalYear).update();
    }

    // --- documents

    long insertDocument(Document d, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO sales_document (kind, number, party_id, doc_date, due_date, valid_until, status, language, province,
                                            exempt, source_id, subtotal, tax_total, total, settled, entry_id, note,
                                            vendor_reference, created_at)
                VALUES (:kind, :number, :party, :date, :due, :valid, :status, :language, :province, :exempt, :source, :subtotal,
                        :taxTotal, :total, 0, :entry, :note, :vendorRef, :at)""")
                .param("kind", d.kind().name()).param("number", d.number()).param("party", d.partyId())
                .param("date", Date.valueOf(d.date())).param("due", date(d.dueDate())).param("valid", date(d.validUntil()))
                .param("status", d.status().name()).param("language", d.language()).param("province", d.province())
                .param("exempt", d.exempt()).param("source", d.sourceId()).param("subtotal", MoneySql.cad(d.subtotal()))
                .param("taxTotal", MoneySql.cad(d.taxTotal())).param("total", MoneySql.cad(d.total()))
                .param("entry", d.entryId()).param("note", d.note()).param("vendorRef", d.vendorReference())
                .param("at", Timestamp.from(at))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertLines(id, d.lines());
        if (!d.taxes().isEmpty()) {
            StringBuilder sql = new StringBuilder("INSERT INTO sales_tax_line (document_id, tax, base, rate, amount) VALUES ");
            List<Object> params = new ArrayList<>();
            for (int i = 0; i < d.taxes().size(); i++) {
                TaxAmount t = d.taxes().get(i);
                sql.append(i == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)");
                params.addAll(List.of(id, t.tax().name(), MoneySql.cad(t.base()), t.rate(), MoneySql.cad(t.amount())));
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
        return id;
    }

    /** All the lines of a document in one statement. */
    private void insertLines(long documentId, List<Line> lines) {
        if (lines.isEmpty()) return;
        StringBuilder sql = new StringBuilder("INSERT INTO sales_line (" + LINE_COLUMNS + ") VALUES ");
        List<Object> params = new ArrayList<>(lines.size() * 12);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            sql.append(i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            params.add(documentId); params.add(l.lineNo()); params.add(l.description()); params.add(l.quantity());
            params.add(l.unit()); params.add(l.unitPrice()); params.add(MoneySql.cad(l.amount())); params.add(l.department());
            params.add(l.account()); params.add(l.taxCode().name()); params.add(l.activity()); params.add(l.sourceLine());
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    /** Gives the document the number taken last in its transaction, and its journal entry. */
    void setNumber(long documentId, String number, Long entryId) {
        jdbc.sql("UPDATE sales_document SET number = :number, entry_id = :entry WHERE id = :id")
                .param("number", number).param("entry", entryId).param("id", documentId).update();
    }

    void setStatus(long documentId, DocStatus status) {
        jdbc.sql("UPDATE sales_document SET status = :status WHERE id = :id").param("status", status.name())
                .param("id", documentId).update();
    }

    /** Adds to what settles the document; {@code settledOn} is the day it became fully settled, or null. */
    void settle(long documentId, Money settled, LocalDate settledOn) {
        jdbc.sql("UPDATE sales_document SET settled = :settled, settled_on = :on WHERE id = :id")
                .param("settled", MoneySql.cad(settled)).param("on", date(settledOn)).param("id", documentId).update();
    }

    Optional<Document> document(long id) {
        Optional<Document> head = jdbc.sql("SELECT " + DOC_COLUMNS + " FROM sales_document WHERE id = :id").param("id", id)
                .query(SalesStore::head).optional();
        return head.map(d -> d.withLines(lines(id), taxes(id)));
    }

    Optional<Document> lockDocument(long id) {
        jdbc.sql("SELECT id FROM sales_document WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional();
        return document(id);
    }

    List<Line> lines(long documentId) {
        return jdbc.sql("SELECT " + LINE_COLUMNS + " FROM sales_line WHERE document_id = :id ORDER BY line_no")
                .param("id", documentId).query(SalesStore::line).list();
    }

    List<TaxAmount> taxes(long documentId) {
        return jdbc.sql("SELECT tax, base, rate, amount FROM sales_tax_line WHERE document_id = :id")
                .param("id", documentId)
                .query((rs, n) -> new TaxAmount(SalesTax.valueOf(rs.getString("tax")), MoneySql.readCad(rs, "base"),
                        rs.getBigDecimal("rate"), MoneySql.readCad(rs, "amount")))
                .list().stream().sorted(java.util.Comparator.comparing(TaxAmount::tax)).toList();
    }

    /** Documents of a kind, the latest first (lines not loaded). */
    List<Document> documents(DocKind kind, int limit) {
        return jdbc.sql("SELECT " + DOC_COLUMNS + " FROM sales_document WHERE kind = :kind ORDER BY doc_date DESC, id DESC LIMIT :limit")
                .param("kind", kind.name()).param("limit", limit).query(SalesStore::head).list();
    }

    /** Documents made from {@code sourceId} (the invoices of an order, the credit notes of an invoice), lines not loaded. */
    List<Document> madeFrom(long sourceId, DocKind kind) {
        return jdbc.sql("SELECT " + DOC_COLUMNS + " FROM sales_document WHERE source_id = :source AND kind = :kind ORDER BY id")
                .param("source", sourceId).param("kind", kind.name()).query(SalesStore::head).list();
    }

    /** The lines of every document of {@code kind} made from {@code sourceId}. */
    List<Line> linesMadeFrom(long sourceId, DocKind kind) {
        return jdbc.sql("SELECT l.document_id, l.line_no, l.description, l.quantity, l.unit, l.unit_price, l.amount, l.department, "
                        + "l.account, l.tax_code, l.activity, l.source_line FROM sales_line l JOIN sales_document d ON d.id = l.document_id "
                        + "WHERE d.source_id = :source AND d.kind = :kind ORDER BY l.document_id, l.line_no")
                .param("source", sourceId).param("kind", kind.name()).query(SalesStore::line).list();
    }

    /** The party's documents of a kind still owed something, oldest first. */
    List<Document> openDocuments(long partyId, DocKind kind) {
        return jdbc.sql("SELECT " + DOC_COLUMNS + " FROM sales_document WHERE party_id = :party AND kind = :kind "
                        + "AND settled_on IS NULL AND status <> 'WRITTEN_OFF' AND total > settled ORDER BY doc_date, id")
                .param("party", partyId).param("kind", kind.name()).query(SalesStore::head).list();
    }

    List<Document> partyDocuments(long partyId) {
        return jdbc.sql("SELECT " + DOC_COLUMNS + " FROM sales_document WHERE party_id = :party ORDER BY doc_date DESC, id DESC")
                .param("party", partyId).query(SalesStore::head).list();
    }

    // --- settlements and payments

    long insertSettlement(long documentId, String kind, LocalDate day, Money amount, Long paymentId, Long creditId, Long entryId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO sales_settlement (document_id, kind, on_day, amount, payment_id, credit_id, entry_id)
                VALUES (:doc, :kind, :day, :amount, :payment, :credit, :entry)""")
                .param("doc", documentId).param("kind", kind).param("day", Date.valueOf(day))
                .param("amount", MoneySql.cad(amount)).param("payment", paymentId).param("credit", creditId)
                .param("entry", entryId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Settlement> settlements(long documentId) {
        return jdbc.sql("SELECT id, document_id, kind, on_day, amount, payment_id, credit_id, entry_id FROM sales_settlement "
                        + "WHERE document_id = :doc ORDER BY on_day, id")
                .param("doc", documentId)
                .query((rs, n) -> new Settlement(rs.getLong("id"), rs.getLong("document_id"), rs.getString("kind"),
                        rs.getDate("on_day").toLocalDate(), MoneySql.readCad(rs, "amount"), nullableLong(rs, "payment_id"),
                        nullableLong(rs, "credit_id"), nullableLong(rs, "entry_id")))
                .list();
    }

    long insertPayment(boolean received, long partyId, LocalDate day, PaymentMethod method, Money amount, Money unallocated,
                       String reference, long entryId, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO sales_payment (direction, party_id, pay_date, method, amount, unallocated, reference, entry_id, created_at)
                VALUES (:direction, :party, :day, :method, :amount, :unallocated, :reference, :entry, :at)""")
                .param("direction", received ? "RECEIVED" : "MADE").param("party", partyId).param("day", Date.valueOf(day))
                .param("method", method.name()).param("amount", MoneySql.cad(amount))
                .param("unallocated", MoneySql.cad(unallocated)).param("reference", reference).param("entry", entryId)
                .param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Payment> payment(long id) {
        return jdbc.sql("SELECT " + PAYMENT_COLUMNS + " FROM sales_payment WHERE id = :id").param("id", id)
                .query(SalesStore::payment).optional();
    }

    List<Payment> payments(boolean received, int limit) {
        return jdbc.sql("SELECT " + PAYMENT_COLUMNS + " FROM sales_payment WHERE direction = :direction "
                        + "ORDER BY pay_date DESC, id DESC LIMIT :limit")
                .param("direction", received ? "RECEIVED" : "MADE").param("limit", limit).query(SalesStore::payment).list();
    }

    /** The documents a payment settled, with the amounts. */
    List<Settlement> settlementsOfPayment(long paymentId) {
        return jdbc.sql("SELECT id, document_id, kind, on_day, amount, payment_id, credit_id, entry_id FROM sales_settlement "
                        + "WHERE payment_id = :p ORDER BY id")
                .param("p", paymentId)
                .query((rs, n) -> new Settlement(rs.getLong("id"), rs.getLong("document_id"), rs.getString("kind"),
                        rs.getDate("on_day").toLocalDate(), MoneySql.readCad(rs, "amount"), nullableLong(rs, "payment_id"),
                        nullableLong(rs, "credit_id"), nullableLong(rs, "entry_id")))
                .list();
    }

    // --- taxes

    /** A tax movement to write: the day, the tax, the side (COLLECTED or PAID), the base and the amount. */
    record TaxMovement(LocalDate day, SalesTax tax, String side, Money base, Money amount) {}

    /** The movements of one document in one statement. */
    void insertTaxMovements(long documentId, List<TaxMovement> movements) {
        if (movements.isEmpty()) return;
        StringBuilder sql = new StringBuilder("INSERT INTO sales_tax_movement (on_day, tax, side, base, amount, document_id) VALUES ");
        List<Object> params = new ArrayList<>(movements.size() * 6);
        for (int i = 0; i < movements.size(); i++) {
            TaxMovement m = movements.get(i);
            sql.append(i == 0 ? "(?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?)");
            params.add(Date.valueOf(m.day())); params.add(m.tax().name()); params.add(m.side());
            params.add(MoneySql.cad(m.base())); params.add(MoneySql.cad(m.amount())); params.add(documentId);
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    List<TaxSum> taxSums(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT tax, side, SUM(base) AS base, SUM(amount) AS amount FROM sales_tax_movement "
                        + "WHERE on_day >= :from AND on_day <= :to GROUP BY tax, side ORDER BY tax, side")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new TaxSum(rs.getString("tax"), rs.getString("side"), MoneySql.readCad(rs, "base"),
                        MoneySql.readCad(rs, "amount")))
                .list();
    }

    // --- aging and statements

    /**
     * The documents of {@code kind} open on {@code at}, with their balances on that day: issued by then and settled
     * after it, or not settled yet — two parts so that each uses its index ((kind, settled_on, doc_date) for those still
     * open, (kind, doc_date, settled_on) for those settled later), whatever the day.
     */
    List<Aging.Open> openAt(DocKind kind, LocalDate at) {
        String balance = """
                SELECT d.id, d.number, d.party_id, d.doc_date, d.due_date,
                       d.total - COALESCE((SELECT SUM(s.amount) FROM sales_settlement s
                                           WHERE s.document_id = d.id AND s.on_day <= :at), 0) AS balance
                FROM sales_document d WHERE d.kind = :kind AND d.doc_date <= :at AND """;
        return jdbc.sql(balance + " d.settled_on IS NULL UNION ALL " + balance + " d.settled_on > :at ORDER BY 4, 1")
                .param("kind", kind.name()).param("at", Date.valueOf(at))
                .query((rs, n) -> new Aging.Open(rs.getLong("id"), rs.getString("number"), rs.getLong("party_id"),
                        rs.getDate("doc_date").toLocalDate(), localDate(rs.getDate("due_date")), MoneySql.readCad(rs, "balance")))
                .list();
    }

    /** Credit a customer can still apply: a payment's leftover or a credit note's, with what is left of it. */
    record CreditLeft(Long paymentId, Long creditNoteId, LocalDate day, Money left, Money settled) {}

    /** The customer's credits dated on or before {@code day} with something left, oldest first (payments, then credit notes). */
    List<CreditLeft> creditsLeft(long partyId, LocalDate day) {
        List<CreditLeft> out = new ArrayList<>(jdbc.sql("""
                SELECT p.id, p.pay_date, p.unallocated - COALESCE((SELECT SUM(s.amount) FROM sales_settlement s
                                                                   WHERE s.payment_id = p.id AND s.kind = 'CREDIT'), 0) AS lft
                FROM sales_payment p WHERE p.party_id = :party AND p.direction = 'RECEIVED' AND p.unallocated > 0
                AND p.pay_date <= :day ORDER BY p.pay_date, p.id""")
                .param("party", partyId).param("day", Date.valueOf(day))
                .query((rs, n) -> new CreditLeft(rs.getLong(1), null, rs.getDate(2).toLocalDate(), MoneySql.readCad(rs, "lft"), null))
                .list());
        out.addAll(jdbc.sql("""
                SELECT id, doc_date, total - settled AS lft, settled FROM sales_document
                WHERE party_id = :party AND kind = 'CREDIT_NOTE' AND total > settled AND doc_date <= :day ORDER BY doc_date, id""")
                .param("party", partyId).param("day", Date.valueOf(day))
                .query((rs, n) -> new CreditLeft(null, rs.getLong(1), rs.getDate(2).toLocalDate(), MoneySql.readCad(rs, "lft"),
                        MoneySql.readCad(rs, "settled")))
                .list());
        out.removeIf(c -> c.left().amount().signum() <= 0);
        return out;
    }

    /**
     * What each party has to its credit on {@code at}: what payments left over, less what of it was applied to
     * invoices by then; what credit notes credited beyond their invoice, less what was applied by then.
     */
    Map<Long, Money> creditsAt(boolean received, LocalDate at) {
        Map<Long, Money> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.party_id, SUM(p.unallocated - COALESCE((SELECT SUM(s.amount) FROM sales_settlement s
                        WHERE s.payment_id = p.id AND s.kind = 'CREDIT' AND s.on_day <= :at), 0)) AS credit
                FROM sales_payment p WHERE p.direction = :direction AND p.unallocated > 0 AND p.pay_date <= :at
                GROUP BY p.party_id""")
                .param("direction", received ? "RECEIVED" : "MADE").param("at", Date.valueOf(at))
                .query((rs, n) -> Map.entry(rs.getLong("party_id"), MoneySql.readCad(rs, "credit")))
                .list().forEach(e -> out.merge(e.getKey(), e.getValue(), Money::plus));
        if (received) {
            jdbc.sql("""
                    SELECT d.party_id, SUM(d.total - COALESCE((SELECT SUM(s.amount) FROM sales_settlement s
                            WHERE s.credit_id = d.id AND s.on_day <= :at), 0)) AS credit
                    FROM sales_document d WHERE d.kind = 'CREDIT_NOTE' AND d.doc_date <= :at
                    AND (d.settled_on IS NULL OR d.settled_on > :at) GROUP BY d.party_id""")
                    .param("at", Date.valueOf(at))
                    .query((rs, n) -> Map.entry(rs.getLong("party_id"), MoneySql.readCad(rs, "credit")))
                    .list().forEach(e -> out.merge(e.getKey(), e.getValue(), Money::plus));
        }
        out.values().removeIf(m -> m.amount().signum() == 0);
        return out;
    }

    /**
     * A customer's statement rows between two days (inclusive), oldest first: invoices charge; credit notes, payments
     * and write-offs credit; recoveries charge again.
     */
    List<StatementRow> statement(long partyId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT on_day, kind, number, id, charge, credit FROM (
                    SELECT d.doc_date AS on_day, d.kind AS kind, d.number AS number, d.id AS id,
                           CASE WHEN d.kind = 'INVOICE' THEN d.total ELSE 0 END AS charge,
                           CASE WHEN d.kind = 'CREDIT_NOTE' THEN d.total ELSE 0 END AS credit
                    FROM sales_document d
                    WHERE d.party_id = :party AND d.kind IN ('INVOICE', 'CREDIT_NOTE') AND d.doc_date >= :from AND d.doc_date <= :to
                    UNION ALL
                    SELECT p.pay_date, 'PAYMENT', p.reference, p.id, 0, p.amount
                    FROM sales_payment p
                    WHERE p.party_id = :party AND p.direction = 'RECEIVED' AND p.pay_date >= :from AND p.pay_date <= :to
                    UNION ALL
                    SELECT s.on_day, s.kind, d.number, s.id,
                           CASE WHEN s.kind = 'RECOVERY' THEN -s.amount ELSE 0 END,
                           CASE WHEN s.kind = 'WRITE_OFF' THEN s.amount ELSE 0 END
                    FROM sales_settlement s JOIN sales_document d ON d.id = s.document_id
                    WHERE d.party_id = :party AND s.kind IN ('WRITE_OFF', 'RECOVERY') AND s.on_day >= :from AND s.on_day <= :to
                
                ) r ORDER BY on_day, id""")
                .param("party", partyId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new StatementRow(rs.getDate("on_day").toLocalDate(), rs.getString("kind"), rs.getString("number"),
                        rs.getLong("id"), Money.cad(rs.getBigDecimal("charge").setScale(2)), Money.cad(rs.getBigDecimal("credit").setScale(2))))
                .list();
    }

    /** What the customer owed at the end of the day before {@code from}. */
    Money balanceBefore(long partyId, LocalDate from) {
        BigDecimal docs = jdbc.sql("SELECT COALESCE(SUM(CASE WHEN kind = 'INVOICE' THEN total ELSE -total END), 0) FROM sales_document "
                        + "WHERE party_id = :party AND kind IN ('INVOICE', 'CREDIT_NOTE') AND doc_date < :from")
                .param("party", partyId).param("from", Date.valueOf(from)).query(BigDecimal.class).single();
        BigDecimal paid = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM sales_payment WHERE party_id = :party "
                        + "AND direction = 'RECEIVED' AND pay_date < :from")
                .param("party", partyId).param("from", Date.valueOf(from)).query(BigDecimal.class).single();
        BigDecimal written = jdbc.sql("SELECT COALESCE(SUM(s.amount), 0) FROM sales_settlement s JOIN sales_document d "
                        + "ON d.id = s.document_id WHERE d.party_id = :party AND s.kind IN ('WRITE_OFF', 'RECOVERY') AND s.on_day < :from")
                .param("party", partyId).param("from", Date.valueOf(from)).query(BigDecimal.class).single();
        return Money.cad(docs.subtract(paid).subtract(written).setScale(2));
    }

    // --- reminders and recurring invoices

    /** Invoices overdue by at least {@code days} on {@code today} with no reminder of that step yet, oldest first. */
    List<Document> overdueWithoutReminder(int days, LocalDate today, int limit) {
        return jdbc.sql("SELECT " + DOC_COLUMNS + " FROM sales_document d WHERE d.kind = 'INVOICE' AND d.settled_on IS NULL "
                        + "AND d.status = 'ISSUED' AND d.total > d.settled AND d.due_date <= :limit_day "
                        + "AND NOT EXISTS (SELECT 1 FROM sales_reminder r WHERE r.document_id = d.id AND r.step_days = :step) "
                        + "ORDER BY d.due_date, d.id LIMIT :limit")
                .param("limit_day", Date.valueOf(today.minusDays(days))).param("step", days).param("limit", limit)
                .query(SalesStore::head).list();
    }

    void insertReminder(long documentId, int days, LocalDate today, String messageId) {
        jdbc.sql("INSERT INTO sales_reminder (document_id, step_days, sent_on, message_id) VALUES (:doc, :step, :day, :mid)")
                .param("doc", documentId).param("step", days).param("day", Date.valueOf(today)).param("mid", messageId).update();
    }

    List<Reminder> reminders(long documentId) {
        return jdbc.sql("SELECT document_id, step_days, sent_on, message_id FROM sales_reminder WHERE document_id = :doc ORDER BY step_days")
                .param("doc", documentId)
                .query((rs, n) -> new Reminder(rs.getLong(1), rs.getInt(2), rs.getDate(3).toLocalDate(), rs.getString(4))).list();
    }

    record Recurring(long id, long templateId, int everyMonths, LocalDate nextDate, LocalDate untilDate, boolean active) {}

    long insertRecurring(long templateId, int everyMonths, LocalDate next, LocalDate until) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sales_recurring (template_id, every_months, next_date, until_date, active) VALUES (:t, :e, :n, :u, TRUE)")
                .param("t", templateId).param("e", everyMonths).param("n", Date.valueOf(next)).param("u", date(until))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The recurring invoices due on or before {@code today}, each locked; another node skips those locked. */
    List<Recurring> dueRecurring(LocalDate today, int limit) {
        return jdbc.sql("SELECT id, template_id, every_months, next_date, until_date, active FROM sales_recurring "
                        + "WHERE active = TRUE AND next_date <= :today ORDER BY next_date, id LIMIT :limit FOR UPDATE")
                .param("today", Date.valueOf(today)).param("limit", limit)
                .query((rs, n) -> new Recurring(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getDate(4).toLocalDate(),
                        localDate(rs.getDate(5)), rs.getBoolean(6)))
                .list();
    }

    void advanceRecurring(long id, LocalDate next, boolean active) {
        jdbc.sql("UPDATE sales_recurring SET next_date = :n, active = :a WHERE id = :id")
                .param("n", Date.valueOf(next)).param("a", active).param("id", id).update();
    }

    // --- mapping

    private static Party party(ResultSet rs, int n) throws SQLException {
        return new Party(rs.getLong("id"), rs.getString("name"), ClientKind.valueOf(rs.getString("client_kind")),
                rs.getString("province"), rs.getString("language"), rs.getString("email"), rs.getString("address"),
                rs.getInt("terms_days"), rs.getString("exemption_number"), nullableLong(rs, "organisation_id"),
                nullableLong(rs, "person_id"), rs.getBoolean("is_customer"), rs.getBoolean("is_vendor"));
    }

    private static Document head(ResultSet rs, int n) throws SQLException {
        return new Document(rs.getLong("id"), DocKind.valueOf(rs.getString("kind")), rs.getString("number"),
                rs.getLong("party_id"), rs.getDate("doc_date").toLocalDate(), localDate(rs.getDate("due_date")),
                localDate(rs.getDate("valid_until")), DocStatus.valueOf(rs.getString("status")), rs.getString("language"),
                rs.getString("province"), rs.getBoolean("exempt"), nullableLong(rs, "source_id"),
                MoneySql.readCad(rs, "subtotal"), MoneySql.readCad(rs, "tax_total"), MoneySql.readCad(rs, "total"),
                MoneySql.readCad(rs, "settled"), localDate(rs.getDate("settled_on")), nullableLong(rs, "entry_id"),
                rs.getString("note"), rs.getString("vendor_reference"), List.of(), List.of());
    }

    private static Line line(ResultSet rs, int n) throws SQLException {
        Integer source = rs.getObject("source_line") == null ? null : rs.getInt("source_line");
        return new Line(rs.getInt("line_no"), rs.getString("description"), rs.getBigDecimal("quantity").stripTrailingZeros(),
                rs.getString("unit"), rs.getBigDecimal("unit_price"), MoneySql.readCad(rs, "amount"), rs.getString("department"),
                rs.getString("account"), TaxCode.valueOf(rs.getString("tax_code")), rs.getString("activity"),
                source);
    }

    private static Payment payment(ResultSet rs, int n) throws SQLException {
        return new Payment(rs.getLong("id"), "RECEIVED".equals(rs.getString("direction")), rs.getLong("party_id"),
                rs.getDate("pay_date").toLocalDate(), PaymentMethod.valueOf(rs.getString("method")),
                MoneySql.readCad(rs, "amount"), MoneySql.readCad(rs, "unallocated"), rs.getString("reference"),
                nullableLong(rs, "entry_id"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
