package org.fourmiliere.budgets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.budgets.BudgetCommands;
import org.fourmiliere.budgets.internal.BudgetCsv;
import org.fourmiliere.budgets.internal.BudgetService;
import org.fourmiliere.budgets.internal.CashFlow;
import org.fourmiliere.budgets.internal.Evaluation;
import org.fourmiliere.budgets.internal.Profitability;
import org.fourmiliere.budgets.internal.TeamReports;
import org.fourmiliere.budgets.web.BudgetViews.BudgetView;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.web.ApiController;
import org.fourmiliere.shared.web.IdempotentRequests;
import org.fourmiliere.shared.web.Public;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Budgets over HTTP. Every worker reads them (READ_BOOKS, transparency); the accounting role writes them (KEEP_BOOKS).
 * Reports answer JSON, or CSV under {@code …/csv}. Creating a budget accepts an {@code Idempotency-Key}.
 */
@Allowed(Permission.READ_BOOKS)
@ApiController("/api/v1/budgets")
@Tag(name = "Budgets", description = "Budgets, their evaluation, projection, cash-flow forecast and profitability (§9)")
class BudgetsApi {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final BudgetService budgets;
    private final BudgetViews views;
    private final IdempotentRequests idempotent;
    private final BudgetPdf pdf;
    private final org.springframework.context.MessageSource messages;
    private final TeamReports teamReports;

    BudgetsApi(BudgetService budgets, BudgetViews views, IdempotentRequests idempotent, BudgetPdf pdf,
               org.springframework.context.MessageSource messages, TeamReports teamReports) {
        this.budgets = budgets;
        this.teamReports = teamReports;
        this.views = views;
        this.idempotent = idempotent;
        this.pdf = pdf;
        this.messages = messages;
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private BudgetCharts.Labels labels(Locale locale) {
        return new BudgetCharts.Labels(t("budgets.budget", locale), t("budgets.actual", locale), t("budgets.balance", locale),
                t("budgets.cushion", locale), t("budgets.revenue", locale), t("budgets.expenses", locale), t("budgets.margin", locale));
    }

    private static String s(Object v) {
        return v == null ? "—" : v instanceof BigDecimal b ? b.toPlainString() : v.toString();
    }

    private static ResponseEntity<byte[]> pdf(String name, byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".pdf\"").body(body);
    }

    @GetMapping("/{id}/evaluation/pdf")
    @Operation(summary = "The evaluation as PDF, with its chart")
    ResponseEntity<byte[]> evaluationPdf(@PathVariable long id,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         Locale locale) {
        var b = budgets.get(id);
        Evaluation.Result r = budgets.evaluate(id, from, to, null, locale);
        List<List<String>> rows = new java.util.ArrayList<>();
        for (Evaluation.Line l : r.lines())
            rows.add(List.of(l.account() + " " + l.name(), t("budgets.category." + l.category(), locale), s(l.budget()), s(l.actual()),
                    s(l.difference()), s(l.percent())));
        rows.add(List.of(t("budgets.expenses", locale), "", s(r.expenses().estimated()), s(r.expenses().actual()),
                s(r.expenses().difference()), s(r.expenses().percent())));
        rows.add(List.of(t("budgets.revenue", locale), "", s(r.revenue().estimated()), s(r.revenue().actual()),
                s(r.revenue().difference()), s(r.revenue().percent())));
        var table = new BudgetPdf.Table(List.of(t("budgets.line", locale), t("budgets.category", locale), t("budgets.budget", locale),
                t("budgets.actual", locale), t("budgets.variance", locale), "%"), rows);
        return pdf("evaluation-" + id, pdf.render(t("budgets.evaluation", locale) + " — " + b.name(),
                (from == null ? "" : from + " – " + to), BudgetCharts.evaluationChart(r, labels(locale)), table, locale));
    }

    @GetMapping("/cash-flow/pdf")
    @Operation(summary = "The cash-flow forecast as PDF, with its chart")
    ResponseEntity<byte[]> cashFlowPdf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(defaultValue = "12") int months, Locale locale) {
        LocalDate f = from == null ? budgets.today() : from;
        List<CashFlow.Result> results = budgets.cashFlow(f, months, null, null, null);
        List<List<String>> rows = new java.util.ArrayList<>();
        for (CashFlow.Month m : results.getFirst().months())
            rows.add(List.of(m.month().toString(), s(m.opening()), s(m.receipts()), s(m.budgetReceipts()), s(m.payments()),
                    s(m.budgetPayments()), s(m.closing()), m.belowCushion() ? t("budgets.cashflow.below", locale) : ""));
        var table = new BudgetPdf.Table(List.of(t("budgets.month", locale), t("budgets.cashflow.opening", locale),
                t("budgets.cashflow.receipts", locale), t("budgets.cashflow.budget-receipts", locale), t("budgets.cashflow.payments", locale),
                t("budgets.cashflow.budget-payments", locale), t("budgets.cashflow.closing", locale), ""), rows);
        return pdf("cash-flow", pdf.render(t("budgets.cashflow.title", locale), f + " · " + months,
                BudgetCharts.cashFlowChart(results, labels(locale)), table, locale));
    }

    @GetMapping("/cash-flow/weeks/pdf")
    @Operation(summary = "The cash-flow forecast week by week as PDF, with its chart")
    ResponseEntity<byte[]> cashFlowWeeksPdf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam(defaultValue = "12") int months, Locale locale) {
        LocalDate f = from == null ? budgets.today() : from;
        List<CashFlow.Weekly> results = budgets.cashFlow(f, months, null, null, null).stream().map(CashFlow::weekly).toList();
        List<List<String>> rows = new java.util.ArrayList<>();
        for (CashFlow.Week w : results.getFirst().weeks())
            rows.add(List.of(w.from() + " – " + w.to(), s(w.opening()), s(w.receipts()), s(w.budgetReceipts()), s(w.payments()),
                    s(w.budgetPayments()), s(w.closing()), w.belowCushion() ? t("budgets.cashflow.below", locale) : ""));
        var table = new BudgetPdf.Table(List.of(t("budgets.cashflow.week", locale), t("budgets.cashflow.opening", locale),
                t("budgets.cashflow.receipts", locale), t("budgets.cashflow.budget-receipts", locale), t("budgets.cashflow.payments", locale),
                t("budgets.cashflow.budget-payments", locale), t("budgets.cashflow.closing", locale), ""), rows);
        return pdf("cash-flow-weeks", pdf.render(t("budgets.cashflow.title", locale) + " — " + t("budgets.cashflow.by.week", locale),
                f + " · " + months, BudgetCharts.cashFlowWeeksChart(results, labels(locale)), table, locale));
    }

    @GetMapping("/reports/profitability/pdf")
    @Operation(summary = "Profitability per service as PDF, with its chart")
    ResponseEntity<byte[]> profitabilityPdf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                            Locale locale) {
        Profitability.Result r = budgets.profitability(from, to, locale);
        List<List<String>> rows = new java.util.ArrayList<>();
        for (Profitability.Line l : r.lines())
            rows.add(List.of(l.name(), s(l.revenue()), s(l.hours()), s(l.labour()), s(l.freelancers()), s(l.directExpenses()),
                    s(l.overheadShare()), s(l.margin()), s(l.breakEvenHours())));
        var table = new BudgetPdf.Table(List.of(t("budgets.department", locale), t("budgets.revenue", locale), t("budgets.hours", locale),
                t("budgets.labour", locale), t("budgets.freelancers", locale), t("budgets.direct", locale), t("budgets.overhead", locale),
                t("budgets.margin", locale), t("budgets.break-even", locale)), rows);
        return pdf("profitability", pdf.render(t("budgets.profitability.title", locale), from + " – " + to,
                BudgetCharts.profitabilityChart(r, labels(locale)), table, locale));
    }

    @GetMapping
    @Operation(summary = "Every budget, newest fiscal year first")
    List<BudgetView> list() {
        return budgets.all().stream().map(views::summary).toList();
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping
    @Operation(summary = "A new draft budget, empty or copied from last year's adopted budget or actuals; Idempotency-Key accepted")
    ResponseEntity<?> create(@Valid @RequestBody BudgetCommands.NewBudget body,
                             @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.once(SignedIn.require().accountId(), key, "POST /api/v1/budgets " + body,
                () -> ResponseEntity.status(HttpStatus.CREATED).body(views.full(budgets.create(body))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One budget with its lines per month")
    BudgetView read(@PathVariable long id) {
        return views.full(budgets.get(id));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/{id}/entries")
    @Operation(summary = "Enter amounts on a draft: per year or quarter (spread evenly or by last year's profile) or month")
    BudgetView enter(@PathVariable long id, @Valid @RequestBody BudgetCommands.Entries body) {
        return views.full(budgets.enter(id, body.entries()));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/{id}/status")
    @Operation(summary = "Propose, send back to draft, or adopt (with the adopting decision of the register)")
    BudgetView status(@PathVariable long id, @Valid @RequestBody BudgetCommands.StatusChange body) {
        return views.full(budgets.changeStatus(id, body));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/{id}/revisions")
    @Operation(summary = "Revise an adopted budget: a new draft version with the same lines")
    ResponseEntity<BudgetView> revise(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(views.full(budgets.revise(id)));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/{id}/visibility")
    @Operation(summary = "Mark an adopted budget public (transparency page) or not")
    BudgetView visibility(@PathVariable long id, @Valid @RequestBody BudgetCommands.Visibility body) {
        return views.full(budgets.setPublic(id, body.isPublic()));
    }

    @GetMapping("/{id}/csv")
    @Operation(summary = "The budget's lines as CSV (account;department;month;amount)")
    ResponseEntity<String> exportCsv(@PathVariable long id) {
        return csv("budget-" + id, BudgetCsv.write(budgets.lines(id)));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PutMapping(path = "/{id}/csv", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Replace a draft's lines with a CSV (account;department;month;amount), all or nothing")
    BudgetView importCsv(@PathVariable long id, @RequestBody(required = false) String body) {
        return views.full(budgets.importCsv(id, BudgetCsv.read(body)));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Who changed what and when")
    List<AuditTrail.Event> history(@PathVariable long id) {
        budgets.get(id);
        return budgets.history(id);
    }

    @GetMapping("/{id}/evaluation")
    @Operation(summary = "Budget against actual over whole months (the fiscal year by default), sorted into categories")
    Evaluation.Result evaluation(@PathVariable long id,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) BigDecimal tolerance, Locale locale) {
        return budgets.evaluate(id, from, to, tolerance, locale);
    }

    @GetMapping("/{id}/evaluation/lines")
    @Operation(summary = "The journal lines behind one line of the evaluation (line: an account, or account/department) and their sum")
    BudgetService.LinePostings evaluationLines(@PathVariable long id, @RequestParam(required = false) String line,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                               Locale locale) {
        return budgets.linePostings(id, line, from, to, locale);
    }

    @Public
    @GetMapping("/public")
    @Operation(summary = "The adopted budgets marked public (the transparency page): the year's amount per account")
    List<BudgetService.PublicBudget> publicBudgets(Locale locale) {
        return budgets.publicBudgets(locale);
    }

    @GetMapping("/{id}/evaluation/csv")
    @Operation(summary = "The evaluation as CSV")
    ResponseEntity<String> evaluationCsv(@PathVariable long id,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         @RequestParam(required = false) BigDecimal tolerance, Locale locale) {
        return csv("evaluation-" + id, BudgetReportsCsv.evaluation(budgets.evaluate(id, from, to, tolerance, locale)));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/projections")
    @Operation(summary = "Next year's projection from a base year's actuals and stated hypotheses; saved as a draft when asked")
    ResponseEntity<BudgetService.ProjectionAnswer> project(@Valid @RequestBody BudgetCommands.ProjectionRequest body, Locale locale) {
        BudgetService.ProjectionAnswer a = budgets.project(body, locale);
        return ResponseEntity.status(a.budgetId() == null ? HttpStatus.OK : HttpStatus.CREATED).body(a);
    }

    @GetMapping("/cash-flow")
    @Operation(summary = "Cash-flow forecast month by month (cushion: the setting unless given); with lateDays, a scenario where a customer (or all) pays later")
    List<CashFlow.Result> cashFlow(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(defaultValue = "12") int months,
                                   @RequestParam(required = false) BigDecimal cushion,
                                   @RequestParam(required = false) String lateParty,
                                   @RequestParam(required = false) Integer lateDays) {
        return budgets.cashFlow(from == null ? budgets.today() : from, months, cushion, lateParty, lateDays);
    }

    @GetMapping("/cash-flow/weeks")
    @Operation(summary = "The same cash-flow forecast week by week (seven-day periods from the first month's first day), with the same scenario")
    List<CashFlow.Weekly> cashFlowWeeks(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(defaultValue = "12") int months,
                                        @RequestParam(required = false) BigDecimal cushion,
                                        @RequestParam(required = false) String lateParty,
                                        @RequestParam(required = false) Integer lateDays) {
        return budgets.cashFlow(from == null ? budgets.today() : from, months, cushion, lateParty, lateDays).stream()
                .map(CashFlow::weekly).toList();
    }

    @GetMapping("/cash-flow/csv")
    @Operation(summary = "The cash-flow forecast as CSV")
    ResponseEntity<String> cashFlowCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(defaultValue = "12") int months) {
        return csv("cash-flow", BudgetReportsCsv.cashFlow(budgets.cashFlow(from == null ? budgets.today() : from, months, null, null, null).getFirst()));
    }

    @GetMapping("/cash-flow/weeks/csv")
    @Operation(summary = "The cash-flow forecast week by week as CSV")
    ResponseEntity<String> cashFlowWeeksCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam(defaultValue = "12") int months) {
        return csv("cash-flow-weeks", BudgetReportsCsv.cashFlowWeeks(
                CashFlow.weekly(budgets.cashFlow(from == null ? budgets.today() : from, months, null, null, null).getFirst())));
    }

    @GetMapping("/reports/profitability")
    @Operation(summary = "Profitability per service (department) over whole months")
    Profitability.Result profitability(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       Locale locale) {
        return budgets.profitability(from, to, locale);
    }

    @GetMapping("/reports/years")
    @Operation(summary = "Per fiscal year: paid hours and full-time equivalents, salaried vs freelance labour, revenue, expenses, profit and net value (the last ten years at most)")
    List<BudgetService.YearFigures> years(@RequestParam(required = false) Integer lastYear, @RequestParam(defaultValue = "5") int years) {
        return budgets.years(lastYear == null ? BudgetService.fiscalYearOf(budgets.today()).endYear() : lastYear, years);
    }

    @GetMapping("/reports/profitability/csv")
    @Operation(summary = "Profitability per service as CSV")
    ResponseEntity<String> profitabilityCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                            Locale locale) {
        return csv("profitability", BudgetReportsCsv.profitability(budgets.profitability(from, to, locale)));
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PostMapping("/activity-departments")
    @Operation(summary = "Say which department (service) an activity of the time tracker serves; no department: overhead")
    ResponseEntity<Void> activityDepartment(@Valid @RequestBody BudgetCommands.ActivityDepartment body) {
        budgets.setActivityDepartment(body);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/reports/teams")
    @Operation(summary = "The teams' quarterly report: per team, planned vs actual revenue and expenses of the services it runs, with its comment (this quarter by default)")
    TeamReports.Quarter teams(@RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) Integer quarter,
                              Locale locale) {
        SignedIn me = SignedIn.require();
        LocalDate today = budgets.today();
        int fy = fiscalYear == null ? BudgetService.fiscalYearOf(today).endYear() : fiscalYear;
        int q = quarter == null ? TeamReportsPages.quarterOf(today) : quarter;
        return teamReports.quarter(fy, q, me.personId(), keepsBooks(me), locale);
    }

    static boolean keepsBooks(SignedIn me) {
        return Permission.of(me.statuses()).contains(Permission.KEEP_BOOKS);
    }

    @Allowed(Permission.KEEP_BOOKS)
    @PutMapping("/teams/{teamId}/services")
    @Operation(summary = "Say which services (departments) a team runs")
    ResponseEntity<Void> teamServices(@PathVariable long teamId, @Valid @RequestBody BudgetCommands.TeamServices body) {
        teamReports.setServices(teamId, body);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/reports/teams/comments")
    @Operation(summary = "A team's comment on its quarter: by a member of the team, or whoever keeps the books")
    ResponseEntity<Void> comment(@Valid @RequestBody BudgetCommands.TeamComment body) {
        SignedIn me = SignedIn.require();
        teamReports.comment(body, me.personId(), keepsBooks(me));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<String> csv(String name, String body) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"").body(body);
    }
}
