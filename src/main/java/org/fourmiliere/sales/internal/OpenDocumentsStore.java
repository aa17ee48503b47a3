package org.fourmiliere.sales.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fourmiliere.sales.OpenDocuments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link OpenDocuments} read from the documents and their settlements: SQL only. */
@Repository
class OpenDocumentsStore implements OpenDocuments {

    private final JdbcClient jdbc;

    OpenDocumentsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OpenItem> openInvoices() {
        return open("INVOICE");
    }

    @Override
    public List<OpenItem> openBills() {
        return open("BILL");
    }

    private List<OpenItem> open(String kind) {
        Map<Long, java.util.Set<String>> accounts = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT l.document_id, l.account FROM sales_line l JOIN sales_document d ON d.id = l.document_id
                WHERE d.kind = :kind AND d.status = 'ISSUED' AND d.settled_on IS NULL""")
                .param("kind", kind).query(rs -> {
                    accounts.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeSet<>()).add(rs.getString(2));
                });
        return jdbc.sql("""
                SELECT d.number, p.name, d.doc_date, d.due_date, d.total, d.settled, d.id FROM sales_document d
                JOIN sales_party p ON p.id = d.party_id
                WHERE d.kind = :kind AND d.status = 'ISSUED' AND d.settled_on IS NULL ORDER BY d.due_date, d.id""")
                .param("kind", kind)
                .query((rs, i) -> {
                    LocalDate date = rs.getDate(3).toLocalDate();
                    Date due = rs.getDate(4);
                    return new OpenItem(rs.getString(1), rs.getString(2), date, due == null ? date : due.toLocalDate(),
                            rs.getBigDecimal(5).subtract(rs.getBigDecimal(6)), accounts.getOrDefault(rs.getLong(7), java.util.Set.of()));
                })
                .list().stream().filter(o -> o.open().signum() > 0).toList();
    }

    @Override
    public List<RecurringInvoice> recurringInvoices() {
        Map<Long, java.util.Set<String>> accounts = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT r.template_id, l.account FROM sales_recurring r JOIN sales_line l ON l.document_id = r.template_id
                WHERE r.active = TRUE""").query(rs -> {
                    accounts.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeSet<>()).add(rs.getString(2));
                });
        return jdbc.sql("""
                SELECT d.number, p.name, r.next_date, r.every_months, r.until_date, d.total, d.id FROM sales_recurring r
                JOIN sales_document d ON d.id = r.template_id JOIN sales_party p ON p.id = d.party_id
                WHERE r.active = TRUE ORDER BY r.next_date, r.id""")
                .query((rs, i) -> {
                    Date until = rs.getDate(5);
                    return new RecurringInvoice(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getInt(4),
                            until == null ? null : until.toLocalDate(), rs.getBigDecimal(6),
                            accounts.getOrDefault(rs.getLong(7), java.util.Set.of()));
                }).list();
    }

    @Override
    public Map<String, Integer> averageDelayDays(LocalDate since) {
        Map<String, long[]> sums = new HashMap<>();
        jdbc.sql("""
                SELECT p.name, d.due_date, d.settled_on FROM sales_document d JOIN sales_party p ON p.id = d.party_id
                WHERE d.kind = 'INVOICE' AND d.status = 'ISSUED' AND d.settled_on IS NOT NULL AND d.due_date IS NOT NULL
                AND d.settled_on >= :since""")
                .param("since", Date.valueOf(since))
                .query(rs -> {
                    long days = ChronoUnit.DAYS.between(rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate());
                    long[] s = sums.computeIfAbsent(rs.getString(1), k -> new long[2]);
                    s[0] += days;
                    s[1]++;
                });
        Map<String, Integer> out = new TreeMap<>();
        sums.forEach((party, s) -> out.put(party, (int) Math.round((double) s[0] / s[1])));
        return out;
    }
}
