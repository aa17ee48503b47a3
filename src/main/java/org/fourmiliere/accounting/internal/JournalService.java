package org.fourmiliere.accounting.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.accounting.Books;
import org.fourmiliere.accounting.NewEntry;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.accounting.EntryPosted;
import org.fourmiliere.accounting.EntryReversed;
import org.fourmiliere.accounting.PeriodClosed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal: posts balanced entries, reverses them, closes and reopens periods. Postings are serialized
 * by the lock row of the books, which also holds the closing date.
 */
@Service
public class JournalService implements Books {

    public record LineView(int lineNo, LedgerAccount account, BigDecimal amount, Department department, String party) {
        public BigDecimal debit() { return amount.signum() > 0 ? amount : null; }
        public BigDecimal credit() { return amount.signum() < 0 ? amount.negate() : null; }
    }

    public record EntryView(long id, LocalDate date, String description, String reference, Long reverses,
                            Long reversedBy, BigDecimal total, Instant postedAt, String postedBy, List<LineView> lines) {}

    private final JdbcClient jdbc;
    private final ChartOfAccounts chart;
    private final AuditTrail audit;
    private final Clock clock;

    /** The entity types of journal entries and of the books' closing date in the audit trail. */
    public static final String AUDIT_TYPE = "journal_entry", LOCK_AUDIT_TYPE = "books";

    private final ApplicationEventPublisher events;

    JournalService(JdbcClient jdbc, ChartOfAccounts chart, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.chart = chart;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long post(NewEntry command) {
        return post(Entry.of(command));
    }

    @Transactional
    public long post(Entry entry) {
        LocalDate closed = lockBooks();
        refuseClosed(entry.date(), closed);
        long id = insert(entry, chart.index());
        audit.record(AUDIT_TYPE, id, entry.reverses() == null ? "posted" : "reversal-posted", null, summary(entry));
        events.publishEvent(new EntryPosted(id, entry.date(), entry.reverses()));
        return id;
    }

    @Override
    @Transactional
    public long reverse(long entryId, LocalDate date) {
        return reverse(entryId, date, null);
    }

    @Transactional
    public long reverse(long entryId, LocalDate date, String description) {
        EntryView original = entry(entryId).orElseThrow(() -> new Problems.NotFound("books.entry.not-found", entryId));
        if (original.reversedBy() != null) {
            throw new Problems.Conflict("entry", "books.entry.already-reversed", entryId, original.reversedBy());
        }
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        List<EntryLine> lines = original.lines().stream()
                .map(l -> new EntryLine(l.account().code(), l.amount(), l.department() == null ? null : l.department().code(), l.party()))
                .toList();
        Entry asPosted = new Entry(original.date(), original.description(), original.reference(), lines, original.reverses());
        String text = description == null || description.isBlank() ? "↺ #" + entryId + " " + original.description() : description;
        if (text.length() > 500) text = text.substring(0, 500);
        Entry reversal = asPosted.reversal(entryId, day, text);
        LocalDate closed = lockBooks();
        refuseClosed(day, closed);
        long id = insert(reversal, chart.index());
        audit.record(AUDIT_TYPE, id, "reversal-posted", null, summary(reversal));
        audit.record(AUDIT_TYPE, entryId, "reversed", null, Map.of("reversedBy", id));
        events.publishEvent(new EntryPosted(id, day, entryId));
        events.publishEvent(new EntryReversed(entryId, id));
        return id;
    }

    /** Takes the books' lock row for the transaction and answers the closing date. */
    LocalDate lockBooks() {
        return jdbc.sql("SELECT closed_through FROM books_lock WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate())
                .optional().orElse(null);
    }

    static void refuseClosed(LocalDate day, LocalDate closedThrough) {
        if (closedThrough != null && !day.isAfter(closedThrough)) {
            throw new Problems.Conflict("date", "books.entry.period-closed", day.toString(), closedThrough.toString());
        }
    }

    public Optional<LocalDate> closedThrough() {
        return Optional.ofNullable(jdbc.sql("SELECT closed_through FROM books_lock WHERE id = 1")
                .query((rs, n) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate()).optional().orElse(null));
    }

    /** Closes the books through a day (inclusive), or reopens them back to that day (null: all open). */
    @Transactional
    public void closeThrough(LocalDate day) {
        LocalDate before = lockBooks();
        jdbc.sql("UPDATE books_lock SET closed_through = :day WHERE id = 1").param("day", day == null ? null : Date.valueOf(day)).update();
        String action = before == null || (day != null && day.isAfter(before)) ? "closed" : "reopened";
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("closedThrough", before);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("closedThrough", day);
        audit.record(LOCK_AUDIT_TYPE, "lock", action, b, a);
        events.publishEvent(new PeriodClosed(day, before));
    }

    public List<org.fourmiliere.shared.AuditTrail.Event> lockHistory() {
        return audit.history(LOCK_AUDIT_TYPE, "lock");
    }

    long insert(Entry entry, ChartOfAccounts.Index index) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < entry.lines().size(); i++) {
            EntryLine l = entry.lines().get(i);
            LedgerAccount a = index.account(l.account());
            if (a == null) throw new Problems.InvalidInput("lines[" + i + "].account", "books.entry.unknown-account", l.account());
            Long dept = a.departmentId();
            if (l.department() != null) {
                Department d = index.department(l.department());
                if (d == null) throw new Problems.InvalidInput("lines[" + i + "].department", "books.entry.unknown-department", l.department());
                dept = d.id();
            }
            if (l.party() != null && l.party().length() > 100) {
                throw new Problems.InvalidInput("lines[" + i + "].party", "books.entry.party-long");
            }
            rows.add(new Object[] {i + 1, a.id(), l.amount(), dept, l.party()});
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO journal_entry (entry_date, description, reference, reverses_id, total, line_count, posted_at, posted_by)
                VALUES (:date, :description, :reference, :reverses, :total, :lines, :at, :by)""")
                .param("date", Date.valueOf(entry.date())).param("description", entry.description())
                .param("reference", entry.reference()).param("reverses", entry.reverses())
                .param("total", entry.total()).param("lines", entry.lines().size())
                .param("at", Timestamp.from(Instant.now(clock))).param("by", actor())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        // all lines in one statement: the database checks the balance per statement; every line repeats the
        // entry's description and reference, read by the general ledger without a join
        StringBuilder sql = new StringBuilder("INSERT INTO journal_line (entry_id, line_no, entry_date, account_id, amount,"
                + " department_id, party, description, reference) VALUES ");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) sql.append(", ");
            sql.append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
            Object[] r = rows.get(i);
            params.add(id); params.add(r[0]); params.add(Date.valueOf(entry.date())); params.add(r[1]);
            params.add(r[2]); params.add(r[3]); params.add(r[4]); params.add(entry.description()); params.add(entry.reference());
        }
        jdbc.sql(sql.toString()).params(params).update();
        MonthTotals totals = new MonthTotals();
        for (Object[] r : rows) totals.add((Long) r[1], (Long) r[3], entry.date(), (BigDecimal) r[2]);
        totals.apply(jdbc);
        return id;
    }

    public Optional<EntryView> entry(long id) {
        ChartOfAccounts.Index index = chart.index();
        var head = jdbc.sql("""
                SELECT e.id, e.entry_date, e.description, e.reference, e.reverses_id, r.id, e.total, e.posted_at, e.posted_by
                FROM journal_entry e LEFT JOIN journal_entry r ON r.reverses_id = e.id WHERE e.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Long.class), rs.getObject(6, Long.class), rs.getBigDecimal(7),
                        rs.getTimestamp(8).toInstant(), rs.getString(9)})
                .optional();
        if (head.isEmpty()) return Optional.empty();
        Object[] h = head.get();
        List<LineView> lines = jdbc.sql("SELECT line_no, account_id, amount, department_id, party FROM journal_line WHERE entry_id = :id ORDER BY line_no")
                .param("id", id)
                .query((rs, n) -> {
                    Long d = rs.getObject(4, Long.class);
                    return new LineView(rs.getInt(1), index.account(rs.getLong(2)), rs.getBigDecimal(3),
                            d == null ? null : index.department(d), rs.getString(5));
                })
                .list();
        return Optional.of(new EntryView((Long) h[0], (LocalDate) h[1], (String) h[2], (String) h[3], (Long) h[4],
                (Long) h[5], (BigDecimal) h[6], (Instant) h[7], (String) h[8], lines));
    }

    /** The latest entries, newest first. */
    public List<EntryView> latest(int limit) {
        List<Long> ids = jdbc.sql("SELECT id FROM journal_entry ORDER BY entry_date DESC, id DESC LIMIT :limit")
                .param("limit", limit).query(Long.class).list();
        return ids.stream().map(this::entry).flatMap(Optional::stream).toList();
    }

    public List<AuditTrail.Event> history(long id) {
        return audit.history(AUDIT_TYPE, id);
    }

    /** Who posts: the audit trail's actor, cut to the column's size. */
    static String actor() {
        String a = AuditTrail.currentActor();
        return a.length() > 200 ? a.substring(0, 200) : a;
    }

    private static Map<String, Object> summary(Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", e.date());
        m.put("description", e.description());
        m.put("reference", e.reference());
        m.put("reverses", e.reverses());
        StringBuilder lines = new StringBuilder();
        for (EntryLine l : e.lines()) lines.append(l.account()).append(' ').append(l.amount().toPlainString()).append("; ");
        m.put("lines", lines.toString());
        return m;
    }
}
