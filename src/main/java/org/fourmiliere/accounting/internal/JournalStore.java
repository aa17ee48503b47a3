package org.fourmiliere.accounting.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the journal: the books' lock row, entries with their lines, the monthly totals kept with
 * the postings. No rules here: see {@link Entry} and {@link JournalService}.
 */
@Repository
class JournalStore {

    /** The head of a stored entry; {@code reversedBy} is the entry that cancels it, if any. */
    record EntryHead(long id, LocalDate date, String description, String reference, Long reverses, Long reversedBy,
                     BigDecimal total, Instant postedAt, String postedBy) {}

    /** A posting with its entry, in the order of the journal, for the export. */
    record JournalPosting(long entryId, LocalDate date, String reference, String description, long accountId,
                          BigDecimal amount, Long departmentId, String party) {}

    /** The signed sum (debit > 0) of an account's postings on one day. */
    record DaySum(String account, LocalDate day, BigDecimal amount) {}

    private static final int MONTH_TOTALS_PER_STATEMENT = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    JournalStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(10_000);
    }

    // ---------------------------------------------------------------- the lock row

    /** Takes the books' lock row for the transaction and answers the closing date. */
    LocalDate lockBooks() {
        return jdbc.sql("SELECT closed_through FROM books_lock WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate())
                .optional().orElse(null);
    }

    Optional<LocalDate> closedThrough() {
        return Optional.ofNullable(jdbc.sql("SELECT closed_through FROM books_lock WHERE id = 1")
                .query((rs, n) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate()).optional().orElse(null));
    }

    void setClosedThrough(LocalDate day) {
        jdbc.sql("UPDATE books_lock SET closed_through = :day WHERE id = 1").param("day", day == null ? null : Date.valueOf(day)).update();
    }

    // ---------------------------------------------------------------- entries

    /**
     * Writes an entry and all its lines, in two statements: the database checks the balance per statement.
     * Every line repeats the entry's description and reference, read by the general ledger without a join.
     */
    long insert(Entry entry, List<PostingLine> lines, Instant at, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO journal_entry (entry_date, description, reference, reverses_id, total, line_count, posted_at, posted_by)
                VALUES (:date, :description, :reference, :reverses, :total, :lines, :at, :by)""")
                .param("date", Date.valueOf(entry.date())).param("description", entry.description())
                .param("reference", entry.reference()).param("reverses", entry.reverses())
                .param("total", entry.total()).param("lines", lines.size())
                .param("at", Timestamp.from(at)).param("by", actor)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        StringBuilder sql = new StringBuilder("INSERT INTO journal_line (entry_id, line_no, entry_date, account_id, amount,"
                + " department_id, party, description, reference) VALUES ");
        List<Object> params = new ArrayList<>(lines.size() * 9);
        Date date = Date.valueOf(entry.date());
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) sql.append(", ");
            sql.append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
            PostingLine l = lines.get(i);
            params.add(id); params.add(l.lineNo()); params.add(date); params.add(l.accountId());
            params.add(l.amount()); params.add(l.departmentId()); params.add(l.party());
            params.add(entry.description()); params.add(entry.reference());
        }
        jdbc.sql(sql.toString()).params(params).update();
        return id;
    }

    /** Adds the totals to ledger_month_total: existing rows updated, missing ones inserted (postings hold the lock row). */
    void addMonthTotals(MonthTotals totals) {
        if (totals.isEmpty()) return;
        List<MonthTotals.Total> all = totals.totals();
        for (int from = 0; from < all.size(); from += MONTH_TOTALS_PER_STATEMENT) {
            List<MonthTotals.Total> chunk = all.subList(from, Math.min(all.size(), from + MONTH_TOTALS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder("""
                    MERGE INTO ledger_month_total t USING (""");
            List<Object> params = new ArrayList<>(chunk.size() * 5);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "SELECT CAST(? AS BIGINT) AS a, CAST(? AS BIGINT) AS d, CAST(? AS DATE) AS m, CAST(? AS NUMERIC(19,2)) AS s, CAST(? AS BIGINT) AS n"
                        : " UNION ALL SELECT ?, ?, ?, ?, ?");
                MonthTotals.Total t = chunk.get(i);
                params.add(t.account()); params.add(t.department()); params.add(Date.valueOf(t.month()));
                params.add(t.amount()); params.add(t.lines());
            }
            sql.append("""
                    ) v ON t.account_id = v.a AND t.department_id = v.d AND t.month_start = v.m
                    WHEN MATCHED THEN UPDATE SET amount = t.amount + v.s, line_count = t.line_count + v.n
                    WHEN NOT MATCHED THEN INSERT (account_id, department_id, month_start, amount, line_count) VALUES (v.a, v.d, v.m, v.s, v.n)""");
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    Optional<EntryHead> head(long id) {
        return jdbc.sql("""
                SELECT e.id, e.entry_date, e.description, e.reference, e.reverses_id, r.id, e.total, e.posted_at, e.posted_by
                FROM journal_entry e LEFT JOIN journal_entry r ON r.reverses_id = e.id WHERE e.id = :id""")
                .param("id", id)
                .query((rs, n) -> new EntryHead(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Long.class), rs.getObject(6, Long.class), rs.getBigDecimal(7),
                        rs.getTimestamp(8).toInstant(), rs.getString(9)))
                .optional();
    }

    List<PostingLine> lines(long entryId) {
        return jdbc.sql("SELECT line_no, account_id, amount, department_id, party FROM journal_line WHERE entry_id = :id ORDER BY line_no")
                .param("id", entryId)
                .query((rs, n) -> new PostingLine(rs.getInt(1), rs.getLong(2), rs.getBigDecimal(3),
                        rs.getObject(4, Long.class), rs.getString(5)))
                .list();
    }

    /** The numbers of the latest entries, newest first. */
    List<Long> latestIds(int limit) {
        return jdbc.sql("SELECT id FROM journal_entry ORDER BY entry_date DESC, id DESC LIMIT :limit")
                .param("limit", limit).query(Long.class).list();
    }

    /** Every posting of the journal, oldest entry first, read as a stream. */
    void forEachPosting(Consumer<JournalPosting> sink) {
        streaming.query("""
                SELECT e.id, e.entry_date, e.reference, e.description, l.account_id, l.amount, l.department_id, l.party
                FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id
                ORDER BY e.entry_date, e.id, l.line_no""",
                rs -> {
                    long dept = rs.getLong(7);
                    Long department = rs.wasNull() ? null : dept;
                    sink.accept(new JournalPosting(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getBigDecimal(6), department, rs.getString(8)));
                });
    }

    /** The signed sums of the postings dated in [from, to], per account (by code) and day, in the order of the days. */
    List<DaySum> daySums(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT a.code, l.entry_date, SUM(l.amount) FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
                WHERE l.entry_date >= :from AND l.entry_date <= :to
                GROUP BY a.code, l.entry_date ORDER BY l.entry_date, a.code""")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new DaySum(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getBigDecimal(3)))
                .list();
    }
}
