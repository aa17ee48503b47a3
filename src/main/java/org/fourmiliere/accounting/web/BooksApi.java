package org.fourmiliere.accounting.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fourmiliere.accounting.NewEntry;
import org.fourmiliere.accounting.Side;
import org.fourmiliere.accounting.Statements;
import org.fourmiliere.accounting.internal.BooksCommands;
import org.fourmiliere.accounting.internal.ChartOfAccounts;
import org.fourmiliere.accounting.internal.JournalExport;
import org.fourmiliere.accounting.internal.JournalImport;
import org.fourmiliere.accounting.internal.JournalService;
import org.fourmiliere.accounting.internal.LedgerAccount;
import org.fourmiliere.accounting.internal.Reports;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.ApiController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The books over HTTP: post and reverse entries, import and export journals, read every report (JSON or CSV). */
@Allowed(Permission.READ_BOOKS)
@ApiController("/api/v1")
class BooksApi {

    /**
     * An entry as the API receives it: amounts are plain decimals in CAD, made into {@link Money} here. Its shape
     * is checked here; whether it balances and names known accounts is the journal's rule ({@code Entry}).
     */
    record EntryRequest(@NotNull LocalDate date, @NotBlank @Size(max = 500) String description, @Size(max = 100) String reference,
                        @NotNull @Size(min = 2) List<@NotNull @Valid LineRequest> lines) {

        NewEntry toNewEntry() {
            List<NewEntry.Line> out = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                LineRequest l = lines.get(i);
                out.add(new NewEntry.Line(l.account(), l.side(), BooksViews.cad(l.amount(), "lines[" + i + "].amount"), l.department(), l.party()));
            }
            return new NewEntry(date, description, reference, out);
        }
    }

    record LineRequest(@NotBlank String account, @NotNull Side side, @NotNull BigDecimal amount, String department,
                       @Size(max = 100) String party) {}

    private final JournalService journal;
    private final JournalImport imports;
    private final JournalExport export;
    private final Reports reports;
    private final ChartOfAccounts chart;
    private final MessageSource messages;
    private final Clock clock;
    private final org.fourmiliere.shared.web.IdempotentRequests idempotent;

    BooksApi(JournalService journal, JournalImport imports, JournalExport export, Reports reports, ChartOfAccounts chart,
             MessageSource messages, Clock clock, org.fourmiliere.shared.web.IdempotentRequests idempotent) {
        this.idempotent = idempotent;
        this.journal = journal;
        this.imports = imports;
        this.export = export;
        this.reports = reports;
        this.chart = chart;
        this.messages = messages;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- journal

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/journal-entries")
    ResponseEntity<?> post(@org.springframework.web.bind.annotation.RequestHeader(name = org.fourmiliere.shared.web.IdempotentRequests.HEADER, required = false) String key,
                           @Valid @RequestBody EntryRequest entry) {
        // a client that lost the answer sends the same Idempotency-Key again: the entry is posted once
        return idempotent.once(org.fourmiliere.accounts.SignedIn.require().accountId(), key, "POST /api/v1/journal-entries " + entry, () -> {
            long id = journal.post(entry.toNewEntry());
            return ResponseEntity.created(URI.create("/api/v1/journal-entries/" + id)).body(view(id));
        });
    }

    @GetMapping("/journal-entries/{id}")
    BooksViews.EntryView entry(@PathVariable long id) {
        return BooksViews.EntryView.of(journal.entry(id).orElseThrow(() -> new Problems.NotFound("books.entry.not-found", id)));
    }

    private BooksViews.EntryView view(long id) {
        return BooksViews.EntryView.of(journal.entry(id).orElseThrow());
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/journal-entries/{id}/reversal")
    ResponseEntity<BooksViews.EntryView> reverse(@PathVariable long id, @Valid @RequestBody(required = false) BooksCommands.Reverse request) {
        BooksCommands.Reverse r = request == null ? new BooksCommands.Reverse(null, null) : request;
        long reversal = journal.reverse(id, r);
        return ResponseEntity.created(URI.create("/api/v1/journal-entries/" + reversal)).body(view(reversal));
    }

    @GetMapping("/books/lock")
    BooksViews.LockView lock() {
        return new BooksViews.LockView(journal.closedThrough().orElse(null));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PutMapping("/books/lock")
    BooksViews.LockView setLock(@Valid @RequestBody BooksCommands.CloseBooks request) {
        journal.closeThrough(request.closedThrough());
        return lock();
    }

    @GetMapping("/ledger-accounts")
    List<BooksViews.AccountView> accounts() {
        return chart.accounts().stream().map(BooksViews.AccountView::of).toList();
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/ledger-accounts")
    ResponseEntity<BooksViews.AccountView> createAccount(@Valid @RequestBody BooksCommands.OpenAccount command) {
        LedgerAccount a = chart.create(command);
        return ResponseEntity.created(URI.create("/api/v1/ledger-accounts/" + a.code())).body(BooksViews.AccountView.of(a));
    }

    // ---------------------------------------------------------------- interchange

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping(path = "/journal/import", consumes = "text/plain")
    BooksViews.ImportResultView importJournal(InputStream body) {
        return BooksViews.ImportResultView.of(imports.importJournal(body));
    }

    @GetMapping("/journal/imports/{id}")
    BooksViews.ImportProgressView importProgress(@PathVariable long id) {
        return BooksViews.ImportProgressView.of(imports.progress(id).orElseThrow(() -> new Problems.NotFound("books.import.not-found", id)));
    }

    @GetMapping("/journal/export")
    void exportJournal(HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"books.journal\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        export.export(out);
        out.flush();
    }

    @ExceptionHandler(JournalImport.Failed.class)
    ResponseEntity<ProblemDetail> importFailed(JournalImport.Failed e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (var p : e.problems()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", "line " + p.line());
            m.put("line", p.line());
            m.put("message", messages.getMessage(p.key(), new Object[] {p.line(), p.detail()}, p.key(), locale));
            errors.add(m);
        }
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("books.import.refused", new Object[] {e.problems().size()}, locale));
        pd.setType(URI.create("https://fourmiliere.org/problems/invalid-input"));
        pd.setTitle(messages.getMessage("problem.title.invalid-input", null, "Invalid input", locale));
        pd.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    // ---------------------------------------------------------------- reports

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @GetMapping("/reports/trial-balance")
    Object trialBalance(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                        @RequestParam(required = false) String format, HttpServletResponse response) throws IOException {
        var tb = reports.trialBalance(at == null ? today() : at, LocaleContextHolder.getLocale());
        if (!"csv".equals(format)) return tb;
        Csv csv = csv(response, "trial-balance");
        csv.row("code", "account", "type", "debit", "credit");
        tb.lines().forEach(l -> csv.row(l.code(), l.name(), l.type(), l.debit(), l.credit()));
        csv.row("", "total", "", tb.totalDebit(), tb.totalCredit());
        return done(csv);
    }

    @GetMapping("/reports/balance-sheet")
    Object balanceSheet(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                        @RequestParam(required = false) String format, HttpServletResponse response) throws IOException {
        var bs = reports.balanceSheet(at == null ? today() : at, LocaleContextHolder.getLocale());
        if (!"csv".equals(format)) return bs;
        Csv csv = csv(response, "balance-sheet");
        csv.row("section", "code", "account", "amount");
        for (var s : List.of(bs.assets(), bs.liabilities(), bs.equity())) {
            s.lines().forEach(l -> csv.row(s.type(), l.code(), l.name(), l.amount()));
            csv.row(s.type(), "", "total", s.total());
        }
        csv.row("EQUITY", "", "retained earnings", bs.retainedEarnings());
        csv.row("EQUITY", "", "current year profit", bs.currentProfit());
        csv.row("", "", "total liabilities and equity", bs.totalLiabilitiesAndEquity());
        return done(csv);
    }

    @GetMapping("/reports/income-statement")
    Object incomeStatement(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @RequestParam(defaultValue = "account") String by,
                           @RequestParam(required = false) String format, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        boolean asCsv = "csv".equals(format);
        switch (by) {
            case "account" -> {
                var is = reports.incomeStatement(from, to, locale);
                if (!asCsv) return is;
                Csv csv = csv(response, "income-statement");
                csv.row("section", "code", "account", "amount", "share %");
                for (var s : List.of(is.revenue(), is.expenses())) {
                    s.lines().forEach(l -> csv.row(s.type(), l.code(), l.name(), l.amount(), l.share()));
                    csv.row(s.type(), "", "total", s.total(), "");
                }
                csv.row("", "", "profit", is.profit(), "");
                return done(csv);
            }
            case "department" -> {
                var d = reports.byDepartment(from, to, locale);
                if (!asCsv) return d;
                Csv csv = csv(response, "income-statement-by-department");
                csv.row("department", "name", "revenue", "revenue share %", "expenses", "expenses share %", "profit");
                d.lines().forEach(l -> csv.row(l.code(), l.name(), l.revenue(), l.revenueShare(), l.expenses(), l.expensesShare(), l.profit()));
                csv.row("", "total", d.revenue(), "", d.expenses(), "", d.profit());
                return done(csv);
            }
            case "month" -> {
                var m = reports.monthly(from, to, locale);
                if (!asCsv) return m;
                Csv csv = csv(response, "income-statement-by-month");
                List<Object> head = new ArrayList<>(List.of("code", "account", "type"));
                m.months().forEach(head::add);
                head.add("total");
                csv.row(head.toArray());
                for (var l : m.lines()) {
                    List<Object> row = new ArrayList<>(List.of(l.code(), l.name(), l.type()));
                    row.addAll(l.amounts());
                    row.add(l.total());
                    csv.row(row.toArray());
                }
                return done(csv);
            }
            default -> throw new Problems.InvalidInput("by", "books.report.by-invalid", by);
        }
    }

    @GetMapping("/reports/balances")
    Object balances(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                    @RequestParam(defaultValue = "2") int depth,
                    @RequestParam(required = false) String format, HttpServletResponse response) throws IOException {
        var b = reports.balancesAtDepth(at == null ? today() : at, depth);
        if (!"csv".equals(format)) return b;
        Csv csv = csv(response, "balances");
        csv.row("account", "code", "amount");
        b.forEach(l -> csv.row(l.account(), l.code(), l.amount()));
        return done(csv);
    }

    @GetMapping("/reports/years")
    List<Statements.YearFigures> years() {
        return reports.years();
    }

    /** The general ledger of one account: every posting with the running balance, streamed (JSON or CSV). */
    @GetMapping("/reports/general-ledger")
    void generalLedger(@RequestParam String account,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @RequestParam(required = false) String format, HttpServletResponse response) throws IOException {
        LedgerAccount a = chart.index().account(account);
        if (a == null) throw new Problems.NotFound("books.account.not-found", account);
        if ("csv".equals(format)) {
            Csv csv = csv(response, "general-ledger-" + a.code());
            csv.row("entry", "date", "description", "reference", "party", "debit", "credit", "balance");
            reports.ledger(a, from, to, r -> csv.row(r.entry(), r.date(), r.description(), r.reference(), r.party(),
                    r.amount().signum() > 0 ? r.amount() : null, r.amount().signum() < 0 ? r.amount().negate() : null, r.balance()));
            done(csv);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        reports.ledgerJson(a, from, to, response.getOutputStream());
    }

    private static Csv csv(HttpServletResponse response, String name) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        return new Csv(new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16));
    }

    private static Object done(Csv csv) {
        csv.flush();
        return null;
    }

    static YearMonth month(LocalDate d) {
        return YearMonth.from(d);
    }
}
