package org.fourmiliere.accounting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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

    private final JournalStore store;
    private final ChartOfAccounts chart;
    private final AuditTrail audit;
    private final Clock clock;

    /** The entity types of journal entries and of the books' closing date in the audit trail. */
    public static final String AUDIT_TYPE = "journal_entry", LOCK_AUDIT_TYPE = "books";

    private final ApplicationEventPublisher events;

    JournalService(JournalStore store, ChartOfAccounts chart, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
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
        // the chart is read before the lock (accounts are opened rarely): the lock is held from here to the commit
        ChartOfAccounts.Index index = chart.index();
        LocalDate closed = lockBooks();
        refuseClosed(entry.date(), closed);
        if (!index.names(entry)) index = chart.index();
        long id = insert(entry, index);
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
    public long reverse(long entryId, BooksCommands.Reverse command) {
        return reverse(entryId, command.date(), command.description());
    }

    private long reverse(long entryId, LocalDate date, String description) {
        EntryView original = entry(entryId).orElseThrow(() -> new Problems.NotFound("books.entry.not-found", entryId));
        if (original.reversedBy() != null) {
            throw new Problems.Conflict("entry", "books.entry.already-reversed", entryId, original.reversedBy());
        }
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        List<EntryLine> lines = original.lines().stream()
                .map(l -> new EntryLine(l.account().code(), l.amount(), l.department() == null ? null : l.department().code(), l.party()))
                .toList();
        Entry asPosted = new Entry(original.date(), original.description(), original.reference(), lines, original.reverses());
        Entry reversal = asPosted.reversal(entryId, day, Entry.reversalDescription(entryId, original.description(), description));
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
        return store.lockBooks();
    }

    static void refuseClosed(LocalDate day, LocalDate closedThrough) {
        if (closedThrough != null && !day.isAfter(closedThrough)) {
            throw new Problems.Conflict("date", "books.entry.period-closed", day.toString(), closedThrough.toString());
        }
    }

    public Optional<LocalDate> closedThrough() {
        return store.closedThrough();
    }

    /** Closes the books through a day (inclusive), or reopens them back to that day (null: all open). */
    @Transactional
    public void closeThrough(LocalDate day) {
        LocalDate before = lockBooks();
        store.setClosedThrough(day);
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

    /** Writes an entry, its lines and their monthly totals: three statements, whatever the number of lines. */
    long insert(Entry entry, ChartOfAccounts.Index index) {
        List<PostingLine> lines = index.resolve(entry);
        long id = store.insert(entry, lines, Instant.now(clock), actor());
        MonthTotals totals = new MonthTotals();
        for (PostingLine l : lines) totals.add(l.accountId(), l.departmentId(), entry.date(), l.amount());
        store.addMonthTotals(totals);
        return id;
    }

    public Optional<EntryView> entry(long id) {
        Optional<JournalStore.EntryHead> head = store.head(id);
        if (head.isEmpty()) return Optional.empty();
        ChartOfAccounts.Index index = chart.index();
        JournalStore.EntryHead h = head.get();
        List<LineView> lines = store.lines(id).stream()
                .map(l -> new LineView(l.lineNo(), index.account(l.accountId()), l.amount(),
                        l.departmentId() == null ? null : index.department(l.departmentId()), l.party()))
                .toList();
        return Optional.of(new EntryView(h.id(), h.date(), h.description(), h.reference(), h.reverses(), h.reversedBy(),
                h.total(), h.postedAt(), h.postedBy(), lines));
    }

    /** The latest entries, newest first. */
    public List<EntryView> latest(int limit) {
        return store.latestIds(limit).stream().map(this::entry).flatMap(Optional::stream).toList();
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
