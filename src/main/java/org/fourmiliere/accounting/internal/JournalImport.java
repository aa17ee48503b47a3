package org.fourmiliere.accounting.internal;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fourmiliere.accounting.internal.ledgerstream.JournalWriter;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.accounting.JournalImported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a plain-text journal, all or nothing: the file is read as a stream, entries are written in
 * batches inside one transaction, and any problem (with its line number) rolls everything back. Progress
 * is written to {@code journal_import} in its own transactions, so another request can follow it.
 */
@Service
public class JournalImport {

    /** The entity type of journal imports in the audit trail. */
    static final String AUDIT_TYPE = "journal_import";

    private final ApplicationEventPublisher events;

    public record Result(long importId, long entries, long postings, long accountsCreated, long lines) {}

    /** The import failed: nothing was written. */
    public static class Failed extends RuntimeException {
        private final List<LedgerText.Problem> problems;

        public Failed(List<LedgerText.Problem> problems) {
            super("import refused: " + problems.size() + " problem(s)");
            this.problems = problems;
        }

        public List<LedgerText.Problem> problems() {
            return problems;
        }
    }

    public record Progress(long id, String status, long linesRead, long entries, long postings, Instant startedAt,
                           Instant finishedAt) {}


    private final JournalImportStore store;
    private final JournalStore journalStore;
    private final ChartOfAccounts chart;
    private final JournalService journal;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate separate;
    private final TransactionTemplate inTransaction;

    JournalImport(JournalImportStore store, JournalStore journalStore, ChartOfAccounts chart, JournalService journal, AuditTrail audit,
                  Clock clock, PlatformTransactionManager tx, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.journalStore = journalStore;
        this.chart = chart;
        this.journal = journal;
        this.audit = audit;
        this.clock = clock;
        this.separate = new TransactionTemplate(tx);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.inTransaction = new TransactionTemplate(tx);
    }

    /** Starts an import record (in its own transaction) and answers its id. */
    public long start() {
        String actor = JournalService.actor();
        return separate.execute(s -> store.start(Instant.now(clock), actor));
    }

    public java.util.Optional<Progress> progress(long id) {
        return store.progress(id);
    }

    private void report(long id, String status, long lines, long entries, long postings) {
        Instant finished = "RUNNING".equals(status) ? null : Instant.now(clock);
        separate.executeWithoutResult(s -> store.report(id, status, lines, entries, postings, finished));
    }

    /** Imports the journal read from {@code in}, or throws {@link Failed} with every problem and writes nothing. */
    public Result importJournal(InputStream in) {
        long id = start();
        try {
            Result r = run(id, in);
            report(id, "DONE", r.lines(), r.entries(), r.postings());
            store.refreshStatistics();
            return r;
        } catch (RuntimeException e) {
            report(id, "FAILED", 0, 0, 0);
            throw e;
        }
    }

    private Result run(long importId, InputStream in) {
        return inTransaction.execute(s -> runInTransaction(importId, in));
    }

    private Result runInTransaction(long importId, InputStream in) {
        LocalDate closed = journal.lockBooks();
        ChartOfAccounts.Index index = chart.index();
        int accountsBefore = index.size();
        Writer writer = new Writer(store.writer(importId, Instant.now(clock), JournalService.actor()));
        List<LedgerText.Problem> problems = new ArrayList<>();
        long[] lines = {0};
        List<LedgerText.Problem> parseProblems = LedgerText.read(
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16),
                t -> {
                    if (!problems.isEmpty()) return;
                    if (closed != null && !t.date().isAfter(closed)) {
                        problems.add(new LedgerText.Problem(t.line(), "books.import.period-closed", t.date() + " ≤ " + closed));
                        return;
                    }
                    List<long[]> resolved = new ArrayList<>(t.postings().size());
                    for (LedgerText.Posting p : t.postings()) {
                        LedgerAccount a = index.accountNamed(p.account());
                        if (a == null) {
                            problems.add(new LedgerText.Problem(p.line(), "books.import.unknown-type", p.account()));
                            return;
                        }
                        Long dept = a.departmentId();
                        if (p.department() != null) {
                            Department d = index.department(p.department());
                            if (d == null) {
                                problems.add(new LedgerText.Problem(p.line(), "books.import.unknown-department", p.department()));
                                return;
                            }
                            dept = d.id();
                        }
                        resolved.add(new long[] {a.id(), dept == null ? -1 : dept});
                    }
                    writer.add(t, resolved);
                },
                n -> {
                    lines[0] = n;
                    report(importId, "RUNNING", n, writer.entries, writer.postings);
                });
        problems.addAll(0, parseProblems);
        if (!problems.isEmpty()) throw new Failed(problems);
        writer.flush();
        journalStore.addMonthTotals(writer.totals);
        long created = index.size() - accountsBefore;
        audit.record(AUDIT_TYPE, importId, "imported", null,
                Map.of("entries", writer.entries, "postings", writer.postings, "accountsCreated", created));
        events.publishEvent(new JournalImported(importId, writer.entries));
        return new Result(importId, writer.entries, writer.postings, created, lines[0]);
    }

    /** The reference of an imported entry as stored (on the entry and on each of its lines): at most 100 characters. */
    static String reference(LedgerText.Transaction t) {
        return t.reference() == null || t.reference().length() <= 100 ? t.reference() : t.reference().substring(0, 100);
    }

    /** Gathers entries into batches for the {@link JournalWriter} of the connection, and keeps the month totals. */
    private static final class Writer {
        final List<JournalWriter.Head> pending = new ArrayList<>();
        int pendingLines;
        long entries;
        long postings;
        final MonthTotals totals = new MonthTotals();
        final JournalWriter out;

        Writer(JournalWriter out) {
            this.out = out;
        }

        void add(LedgerText.Transaction t, List<long[]> accounts) {
            List<JournalWriter.Line> lines = new ArrayList<>(t.postings().size());
            for (int i = 0; i < t.postings().size(); i++) {
                LedgerText.Posting p = t.postings().get(i);
                long[] a = accounts.get(i);
                Long department = a[1] < 0 ? null : a[1];
                String party = p.party() == null ? null : p.party().length() > 100 ? p.party().substring(0, 100) : p.party();
                lines.add(new JournalWriter.Line(a[0], department, p.amount(), party));
                totals.add(a[0], department, t.date(), p.amount());
            }
            pending.add(new JournalWriter.Head(t.date(), t.description(), reference(t), lines));
            pendingLines += lines.size();
            if (pendingLines >= out.linesPerBatch()) flush();
        }

        void flush() {
            if (pending.isEmpty()) return;
            try {
                out.write(pending);
            } catch (java.sql.SQLException | java.io.IOException e) {
                throw new IllegalStateException("import batch failed: " + e.getMessage(), e);
            }
            entries += pending.size();
            postings += pendingLines;
            pending.clear();
            pendingLines = 0;
        }
    }
}
