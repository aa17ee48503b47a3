package org.fourmiliere.budgets.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fourmiliere.accounting.AccountType;
import org.fourmiliere.accounting.BookFigures;
import org.fourmiliere.budgets.BudgetCommands;
import org.fourmiliere.governance.Decisions;
import org.fourmiliere.sales.OpenDocuments;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.timesheets.EntryKind;
import org.fourmiliere.timesheets.HoursQuery;
import org.fourmiliere.timesheets.WageRates;
import org.fourmiliere.timesheets.WorkedTime;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.EngagementHistory;
import org.fourmiliere.members.MemberDirectory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budgets and what is read from them: the one place with transactions. Actuals come from the books' monthly totals
 * ({@link BookFigures}), open documents and payment delays from sales ({@link OpenDocuments}), hours and the wage
 * from the time tracker, the adopting decision from the register; the rules are the domain classes'.
 */
@Service
@EnableConfigurationProperties(BudgetSettings.class)
public class BudgetService {

    static final String AUDIT_TYPE = "budget";

    private final BudgetStore store;
    private final BookFigures books;
    private final OpenDocuments sales;
    private final WorkedTime time;
    private final WageRates wages;
    private final Decisions decisions;
    private final AuditTrail audit;
    private final Clock clock;
    private final BudgetSettings settings;
    private final MemberDirectory members;

    BudgetService(BudgetStore store, BookFigures books, OpenDocuments sales, WorkedTime time, WageRates wages,
                  Decisions decisions, AuditTrail audit, Clock clock, BudgetSettings settings, MemberDirectory members) {
        this.members = members;
        this.store = store;
        this.books = books;
        this.sales = sales;
        this.time = time;
        this.wages = wages;
        this.decisions = decisions;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    public BudgetSettings settings() {
        return settings;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public static FiscalYear fiscalYear(int endYear) {
        return new FiscalYear(endYear, FiscalYear.DEFAULT_START);
    }

    public static FiscalYear fiscalYearOf(LocalDate day) {
        return FiscalYear.containing(day, FiscalYear.DEFAULT_START);
    }

    // ---- reading ----

    public List<Budget> all() {
        return store.all();
    }

    public Budget get(long id) {
        return store.budget(id).orElseThrow(() -> new Problems.NotFound("budgets.not-found", id));
    }

    public List<BudgetLine> lines(long id) {
        get(id);
        return store.lines(id);
    }

    public List<AuditTrail.Event> history(long id) {
        return audit.history(AUDIT_TYPE, id);
    }

    public List<BookFigures.Account> accounts() {
        return books.accounts();
    }

    public List<BookFigures.Department> departments() {
        return books.departments();
    }

    // ---- writing ----

    @Transactional
    public Budget create(BudgetCommands.NewBudget cmd) {
        int year = cmd.fiscalYear();
        long id = store.insert(year, cmd.name().strip(), store.nextVersion(year), null, cmd.note(), Instant.now(clock));
        if (cmd.copyFrom() == BudgetCommands.CopyFrom.BUDGET) {
            Budget last = store.adopted(year - 1).orElseThrow(() -> new Problems.InvalidInput("copyFrom", "budgets.copy.no-budget", year - 1));
            Map<String, Map<YearMonth, BigDecimal>> byLine = new LinkedHashMap<>();
            for (BudgetLine a : store.lines(last.id()))
                byLine.computeIfAbsent(a.account() + "\u0000" + a.department(), k -> new TreeMap<>()).put(a.month().plusYears(1), a.amount());
            byLine.forEach((k, months) -> store.replace(id, k.split("\u0000", -1)[0], k.split("\u0000", -1)[1], months));
        } else if (cmd.copyFrom() == BudgetCommands.CopyFrom.ACTUALS) {
            FiscalYear last = fiscalYear(year - 1);
            Map<String, Map<YearMonth, BigDecimal>> byLine = new LinkedHashMap<>();
            Map<String, BookFigures.Account> chart = chart();
            books.monthTotals(YearMonth.from(last.firstDay()), YearMonth.from(last.lastDay()), m -> {
                String dept = departmentOf(m, chart);
                byLine.computeIfAbsent(m.account() + "\u0000" + dept, k -> new TreeMap<>())
                        .merge(m.month().plusYears(1), m.amount(), BigDecimal::add);
            });
            byLine.forEach((k, months) -> store.replace(id, k.split("\u0000", -1)[0], k.split("\u0000", -1)[1], months));
        }
        Budget b = get(id);
        audit.record(AUDIT_TYPE, id, "created", null, Map.of("fiscalYear", year, "name", b.name(),
                "copyFrom", cmd.copyFrom() == null ? "" : cmd.copyFrom().name()));
        return b;
    }

    /** Enters amounts on a draft: each entry replaces the months it covers. */
    @Transactional
    public Budget enter(long id, List<BudgetCommands.Entry> entries) {
        store.lock(id);
        Budget b = get(id);
        b.requireDraft();
        Map<String, BookFigures.Account> chart = chart();
        Set<String> departments = new HashSet<>();
        for (BookFigures.Department d : books.departments()) departments.add(d.code());
        FiscalYear fy = fiscalYear(b.fiscalYear());
        YearMonth first = YearMonth.from(fy.firstDay());
        int i = 0;
        List<Map<String, Object>> changes = new ArrayList<>();
        for (BudgetCommands.Entry e : entries) {
            String field = "entries[" + i + "]";
            BookFigures.Account acc = chart.get(e.account());
            if (acc == null || !(acc.type() == AccountType.REVENUE || acc.type() == AccountType.EXPENSE))
                throw new Problems.InvalidInput(field + ".account", "budgets.account.unknown", e.account());
            String dept = e.department() == null ? "" : e.department().strip();
            if (!dept.isEmpty() && !departments.contains(dept))
                throw new Problems.InvalidInput(field + ".department", "budgets.department.unknown", dept);
            List<YearMonth> months = new ArrayList<>();
            switch (e.period()) {
                case YEAR -> {
                    for (int k = 0; k < 12; k++) months.add(first.plusMonths(k));
                }
                case QUARTER -> {
                    if (e.number() == null || e.number() > 4) throw new Problems.InvalidInput(field + ".number", "budgets.quarter.invalid");
                    for (int k = 0; k < 3; k++) months.add(first.plusMonths((e.number() - 1) * 3L + k));
                }
                case MONTH -> {
                    if (e.number() == null) throw new Problems.InvalidInput(field + ".number", "budgets.month.invalid");
                    months.add(first.plusMonths(e.number() - 1));
                }
            }
            List<BigDecimal> amounts;
            if (months.size() == 1) amounts = List.of(Evaluation.cents(e.amount()));
            else if (e.spread() == BudgetCommands.SpreadBy.PROFILE) amounts = Spread.byProfile(e.amount(), lastYearProfile(e.account(), dept, months, chart));
            else amounts = Spread.evenly(e.amount(), months.size());
            Map<YearMonth, BigDecimal> values = new TreeMap<>();
            for (int k = 0; k < months.size(); k++) values.put(months.get(k), amounts.get(k));
            store.replace(id, e.account(), dept, values);
            changes.add(Map.of("account", e.account(), "department", dept, "period", e.period().name(),
                    "number", e.number() == null ? 0 : e.number(), "amount", e.amount()));
            i++;
        }
        audit.record(AUDIT_TYPE, id, "entered", null, Map.of("entries", changes));
        return get(id);
    }

    private List<BigDecimal> lastYearProfile(String account, String dept, List<YearMonth> months, Map<String, BookFigures.Account> chart) {
        Map<YearMonth, BigDecimal> sums = new HashMap<>();
        books.monthTotals(months.getFirst().minusYears(1), months.getLast().minusYears(1), m -> {
            if (m.account().equals(account) && (dept.isEmpty() || dept.equals(departmentOf(m, chart))))
                sums.merge(m.month(), m.amount(), BigDecimal::add);
        });
        List<BigDecimal> out = new ArrayList<>();
        for (YearMonth m : months) out.add(sums.getOrDefault(m.minusYears(1), BigDecimal.ZERO));
        return out;
    }

    @Transactional
    public Budget changeStatus(long id, BudgetCommands.StatusChange cmd) {
        store.lock(id);
        Budget b = get(id);
        Budget.Status to = Budget.Status.valueOf(cmd.status().name());
        b.requireMove(to);
        Long decisionId = null;
        if (to == Budget.Status.ADOPTED) {
            if (cmd.decisionId() == null) throw new Problems.InvalidInput("decisionId", "budgets.decision.required");
            Decisions.DecisionRef d = decisions.decision(cmd.decisionId())
                    .orElseThrow(() -> new Problems.InvalidInput("decisionId", "budgets.decision.unknown", cmd.decisionId()));
            if (!"ADOPTED".equals(d.status())) throw new Problems.InvalidInput("decisionId", "budgets.decision.not-adopted", d.id());
            decisionId = d.id();
            store.adopted(b.fiscalYear()).ifPresent(previous -> {
                store.setStatus(previous.id(), Budget.Status.SUPERSEDED, previous.decisionId());
                audit.record(AUDIT_TYPE, previous.id(), "superseded", Map.of("status", "ADOPTED"),
                        Map.of("status", "SUPERSEDED", "by", id));
            });
        }
        store.setStatus(id, to, decisionId);
        Map<String, Object> after = new HashMap<>();
        after.put("status", to.name());
        if (decisionId != null) after.put("decisionId", decisionId);
        audit.record(AUDIT_TYPE, id, "status", Map.of("status", b.status().name()), after);
        return get(id);
    }

    /** A revision of an adopted budget: a new draft, the next version, with the same lines. */
    @Transactional
    public Budget revise(long id) {
        store.lock(id);
        Budget b = get(id);
        if (b.status() != Budget.Status.ADOPTED) throw new Problems.Conflict("status", "budgets.revise.not-adopted");
        long rev = store.insert(b.fiscalYear(), b.name(), store.nextVersion(b.fiscalYear()), b.id(), b.note(), Instant.now(clock));
        copyLines(b.id(), rev);
        audit.record(AUDIT_TYPE, rev, "created", null, Map.of("revises", b.id()));
        return get(rev);
    }

    private void copyLines(long from, long to) {
        Map<String, Map<YearMonth, BigDecimal>> byLine = new LinkedHashMap<>();
        for (BudgetLine a : store.lines(from))
            byLine.computeIfAbsent(a.account() + "\u0000" + a.department(), k -> new TreeMap<>()).put(a.month(), a.amount());
        byLine.forEach((k, months) -> store.replace(to, k.split("\u0000", -1)[0], k.split("\u0000", -1)[1], months));
    }

    @Transactional
    public Budget setPublic(long id, boolean isPublic) {
        store.lock(id);
        Budget b = get(id);
        if (isPublic && b.status() != Budget.Status.ADOPTED) throw new Problems.Conflict("isPublic", "budgets.public.not-adopted");
        store.setPublic(id, isPublic);
        audit.record(AUDIT_TYPE, id, "visibility", Map.of("public", b.isPublic()), Map.of("public", isPublic));
        return get(id);
    }

    /** Replaces a draft's lines with the ones of a CSV (account;department;month yyyy-MM;amount), all or nothing. */
    @Transactional
    public Budget importCsv(long id, List<BudgetCsv.Row> rows) {
        store.lock(id);
        Budget b = get(id);
        b.requireDraft();
        Map<String, BookFigures.Account> chart = chart();
        Set<String> departments = new HashSet<>();
        for (BookFigures.Department d : books.departments()) departments.add(d.code());
        FiscalYear fy = fiscalYear(b.fiscalYear());
        Map<String, Map<YearMonth, BigDecimal>> byLine = new LinkedHashMap<>();
        for (BudgetCsv.Row r : rows) {
            BookFigures.Account acc = chart.get(r.account());
            if (acc == null || !(acc.type() == AccountType.REVENUE || acc.type() == AccountType.EXPENSE))
                throw new Problems.InvalidInput("file", "budgets.csv.account", r.line(), r.account());
            if (!r.department().isEmpty() && !departments.contains(r.department()))
                throw new Problems.InvalidInput("file", "budgets.csv.department", r.line(), r.department());
            if (r.month().atDay(1).isBefore(fy.firstDay()) || r.month().atDay(1).isAfter(fy.lastDay()))
                throw new Problems.InvalidInput("file", "budgets.csv.month", r.line(), r.month());
            byLine.computeIfAbsent(r.account() + "\u0000" + r.department(), k -> new TreeMap<>()).put(r.month(), r.amount());
        }
        store.deleteLines(id);
        byLine.forEach((k, months) -> store.replace(id, k.split("\u0000", -1)[0], k.split("\u0000", -1)[1], months));
        audit.record(AUDIT_TYPE, id, "imported", null, Map.of("rows", rows.size()));
        return get(id);
    }

    @Transactional
    public void setActivityDepartment(BudgetCommands.ActivityDepartment cmd) {
        String dept = cmd.department() == null || cmd.department().isBlank() ? null : cmd.department().strip();
        if (dept != null && books.departments().stream().noneMatch(d -> d.code().equals(dept)))
            throw new Problems.InvalidInput("department", "budgets.department.unknown", dept);
        store.setActivityDepartment(cmd.activityId(), dept);
        audit.record(AUDIT_TYPE + "_activity", cmd.activityId(), "department", null, Map.of("department", dept == null ? "" : dept));
    }

    public Map<Long, String> activityDepartments() {
        return store.activityDepartments();
    }

    // ---- evaluation ----

    public record Period(YearMonth first, YearMonth last) {
        public LocalDate from() { return first.atDay(1); }
        public LocalDate to() { return last.atEndOfMonth(); }
    }

    /** A period of whole months: from the first day of a month to the last day of a month. */
    public static Period wholeMonths(LocalDate from, LocalDate to) {
        if (from == null) throw new Problems.InvalidInput("from", "budgets.period.from");
        if (to == null) throw new Problems.InvalidInput("to", "budgets.period.to");
        if (from.getDayOfMonth() != 1) throw new Problems.InvalidInput("from", "budgets.period.month-start");
        if (!to.equals(to.withDayOfMonth(to.lengthOfMonth()))) throw new Problems.InvalidInput("to", "budgets.period.month-end");
        if (to.isBefore(from)) throw new Problems.InvalidInput("to", "budgets.period.order");
        if (ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) > 120) throw new Problems.InvalidInput("to", "budgets.period.long");
        return new Period(YearMonth.from(from), YearMonth.from(to));
    }

    public Evaluation.Result evaluate(long id, LocalDate from, LocalDate to, BigDecimal tolerance, Locale locale) {
        Budget b = get(id);
        Period p = wholeMonths(from == null ? fiscalYear(b.fiscalYear()).firstDay() : from,
                to == null ? fiscalYear(b.fiscalYear()).lastDay() : to);
        BigDecimal tol = tolerance == null ? settings.tolerance() : tolerance;
        if (tol.signum() < 0 || tol.compareTo(BigDecimal.ONE) > 0) throw new Problems.InvalidInput("tolerance", "budgets.tolerance.invalid");
        Map<String, BookFigures.Account> chart = chart();
        // budget per (account, department)
        Map<String, BigDecimal> budget = new TreeMap<>();
        Set<String> budgetedDepartments = new HashSet<>();
        // every line of the budget, with its months' sum over the period (a line budgeted elsewhere in the year: 0)
        for (BudgetLine a : store.sums(id, p.first().atDay(1), p.last().atDay(1))) {
            budget.merge(a.account() + "\u0000" + a.department(), a.amount(), BigDecimal::add);
            if (!a.department().isEmpty()) budgetedDepartments.add(a.account() + "\u0000" + a.department());
        }
        Map<String, BigDecimal> actual = new TreeMap<>();
        books.monthTotals(p.first(), p.last(), m -> {
            String dept = m.department() == null ? "" : m.department();
            String key = m.account() + "\u0000" + dept;
            // a posting counts on its department's line when that line is budgeted, else on the account's line
            String target = budgetedDepartments.contains(key) ? key : m.account() + "\u0000";
            actual.merge(target, m.amount(), BigDecimal::add);
        });
        Set<String> keys = new java.util.TreeSet<>(budget.keySet());
        keys.addAll(actual.keySet());
        List<Evaluation.Input> inputs = new ArrayList<>();
        for (String k : keys) {
            String[] parts = k.split("\u0000", -1);
            BookFigures.Account acc = chart.get(parts[0]);
            if (acc == null) continue;
            String name = name(acc, locale) + (parts[1].isEmpty() ? "" : " · " + parts[1]);
            inputs.add(new Evaluation.Input(parts[0] + (parts[1].isEmpty() ? "" : "/" + parts[1]), name,
                    acc.type() == AccountType.REVENUE ? Evaluation.Kind.REVENUE : Evaluation.Kind.EXPENSE,
                    budget.getOrDefault(k, BigDecimal.ZERO), actual.getOrDefault(k, BigDecimal.ZERO)));
        }
        return Evaluation.evaluate(inputs, tol);
    }

    /** The journal lines behind one line of an evaluation, and their sum (the line's actual). */
    public record LinePostings(String line, String account, String department, String name, Period period,
                               List<BookFigures.Posting> postings, BigDecimal total) {}

    /**
     * The journal lines that an evaluation counts on a line ({@code account} or {@code account/department}) over a
     * period: for a department's line, the account's postings of that department; for the account's line, its postings
     * of no department or of a department the budget has no line for.
     */
    public LinePostings linePostings(long id, String line, LocalDate from, LocalDate to, Locale locale) {
        Budget b = get(id);
        Period p = wholeMonths(from == null ? fiscalYear(b.fiscalYear()).firstDay() : from,
                to == null ? fiscalYear(b.fiscalYear()).lastDay() : to);
        if (line == null || line.isBlank()) throw new Problems.InvalidInput("line", "budgets.line.unknown", "");
        String account = line.contains("/") ? line.substring(0, line.indexOf('/')) : line;
        String department = line.contains("/") ? line.substring(line.indexOf('/') + 1) : "";
        BookFigures.Account acc = chart().get(account);
        if (acc == null || !(acc.type() == AccountType.REVENUE || acc.type() == AccountType.EXPENSE))
            throw new Problems.InvalidInput("line", "budgets.line.unknown", line);
        Set<String> budgeted = new HashSet<>();
        for (BudgetLine l : store.sums(id, p.first().atDay(1), p.last().atDay(1)))
            if (l.account().equals(account) && !l.department().isEmpty()) budgeted.add(l.department());
        if (!department.isEmpty() && !budgeted.contains(department)) throw new Problems.InvalidInput("line", "budgets.line.unknown", line);
        List<BookFigures.Posting> out = new ArrayList<>();
        BigDecimal[] total = {BigDecimal.ZERO};
        books.postings(account, p.from(), p.to(), x -> {
            boolean counts = department.isEmpty() ? x.department() == null || !budgeted.contains(x.department())
                    : department.equals(x.department());
            if (counts) {
                out.add(x);
                total[0] = total[0].add(x.amount());
            }
        });
        return new LinePostings(line, account, department, name(acc, locale), p, out, total[0]);
    }

    // ---- projection ----

    public record ProjectionAnswer(Projection.Result projection, Long budgetId, BigDecimal wage, BigDecimal chargesRate) {}

    @Transactional
    public ProjectionAnswer project(BudgetCommands.ProjectionRequest cmd, Locale locale) {
        FiscalYear base = fiscalYear(cmd.baseYear());
        Map<String, BookFigures.Account> chart = chart();
        Map<String, BigDecimal> revenue = new TreeMap<>(), expenses = new TreeMap<>();
        Map<String, Map<YearMonth, BigDecimal>> profile = new HashMap<>();
        books.monthTotals(YearMonth.from(base.firstDay()), YearMonth.from(base.lastDay()), m -> {
            BookFigures.Account acc = chart.get(m.account());
            if (acc == null) return;
            (acc.type() == AccountType.REVENUE ? revenue : expenses).merge(m.account(), m.amount(), BigDecimal::add);
            profile.computeIfAbsent(m.account(), k -> new TreeMap<>()).merge(m.month(), m.amount(), BigDecimal::add);
        });
        if (cmd.growth() != null) {
            Set<String> depts = new HashSet<>();
            for (BookFigures.Department d : books.departments()) depts.add(d.code());
            for (String d : cmd.growth().keySet())
                if (!depts.contains(d)) throw new Problems.InvalidInput("growth", "budgets.department.unknown", d);
        }
        List<Projection.BaseLine> rev = new ArrayList<>(), exp = new ArrayList<>();
        revenue.forEach((code, amount) -> rev.add(new Projection.BaseLine(code, name(chart.get(code), locale), chart.get(code).department(), amount)));
        expenses.forEach((code, amount) -> exp.add(new Projection.BaseLine(code, name(chart.get(code), locale), chart.get(code).department(), amount)));
        FiscalYear next = fiscalYear(cmd.baseYear() + 1);
        BigDecimal wage = cmd.wage() != null ? cmd.wage() : wages.hourlyOn(next.firstDay()).map(Money::amount).orElse(BigDecimal.ZERO);
        BigDecimal charges = cmd.chargesRate() == null ? settings.chargesRate() : cmd.chargesRate();
        Projection.Hypotheses h = new Projection.Hypotheses(cmd.growth(), Map.of(), cmd.subsidy(), cmd.newHoursPerWeek(), 52,
                wage, charges, cmd.investments(), cmd.newProjects());
        Projection.Result r = Projection.project(rev, exp, h);
        Long budgetId = null;
        if (Boolean.TRUE.equals(cmd.save())) {
            String note = "projection " + base.label() + ": subsidy " + h.subsidy() + ", investments " + h.investments()
                    + ", new projects " + h.newProjects();
            budgetId = store.insert(next.endYear(), "Projection " + next.label(), store.nextVersion(next.endYear()), null, note, Instant.now(clock));
            List<YearMonth> months = new ArrayList<>();
            for (int k = 0; k < 12; k++) months.add(YearMonth.from(next.firstDay()).plusMonths(k));
            List<Projection.Line> all = new ArrayList<>(r.revenue());
            all.addAll(r.expenses());
            for (Projection.Line l : all) {
                Map<YearMonth, BigDecimal> prof = profile.getOrDefault(l.account(), Map.of());
                List<BigDecimal> p = new ArrayList<>();
                for (YearMonth m : months) p.add(prof.getOrDefault(m.minusYears(1), BigDecimal.ZERO));
                List<BigDecimal> spread = Spread.byProfile(l.projected(), p);
                Map<YearMonth, BigDecimal> values = new TreeMap<>();
                for (int k = 0; k < 12; k++) values.put(months.get(k), spread.get(k));
                store.replace(budgetId, l.account(), "", values);
            }
            if (r.newSalaries().signum() != 0 && chart.containsKey(settings.salariesAccount())) {
                List<BigDecimal> spread = Spread.evenly(r.newSalaries(), 12);
                Map<YearMonth, BigDecimal> values = new TreeMap<>();
                for (BudgetLine a : store.lines(budgetId))
                    if (a.account().equals(settings.salariesAccount()) && a.department().isEmpty()) values.put(a.month(), a.amount());
                for (int k = 0; k < 12; k++) values.merge(months.get(k), spread.get(k), BigDecimal::add);
                store.replace(budgetId, settings.salariesAccount(), "", values);
            }
            audit.record(AUDIT_TYPE, budgetId, "projected", null, Map.of("baseYear", cmd.baseYear(),
                    "revenue", r.revenueBeforeSubsidy(), "expenses", r.expensesTotal(), "balance", r.balanceWithSubsidy()));
        }
        return new ProjectionAnswer(r, budgetId, wage, charges);
    }

    // ---- cash flow ----

    public CashFlow.Input cashFlowInput(LocalDate from, int months, BigDecimal cushion) {
        if (from == null) throw new Problems.InvalidInput("from", "budgets.period.from");
        if (months < 1 || months > 24) throw new Problems.InvalidInput("months", "budgets.cashflow.months");
        YearMonth first = YearMonth.from(from);
        LocalDate start = first.atDay(1);
        YearMonth last = first.plusMonths(months - 1);
        // documents overdue by more than the stale delay are in collection (or dispute): listed apart, not counted
        LocalDate stale = start.minusDays(settings.staleDays());
        Map<String, BookFigures.Account> chart = chart();
        BigDecimal opening = books.balanceAt(settings.bankAccounts(), start.minusDays(1));
        List<CashFlow.Open> invoices = new ArrayList<>();
        for (OpenDocuments.OpenItem o : sales.openInvoices())
            if (!o.due().isBefore(stale)) invoices.add(new CashFlow.Open(o.party(), o.number(), o.due(), o.open(), o.accounts()));
        for (OpenDocuments.RecurringInvoice r : sales.recurringInvoices()) {
            if (r.next().isBefore(stale)) continue; // a recurring invoice that many days behind is not running
            for (LocalDate d = r.next(); !d.isAfter(last.atEndOfMonth()) && (r.until() == null || !d.isAfter(r.until()));
                 d = d.plusMonths(r.everyMonths())) {
                if (!d.isBefore(start)) invoices.add(new CashFlow.Open(r.party(), r.number() + "@" + d, d, r.total(), r.accounts()));
            }
        }
        List<CashFlow.Open> bills = new ArrayList<>();
        for (OpenDocuments.OpenItem o : sales.openBills())
            if (!o.due().isBefore(stale)) bills.add(new CashFlow.Open(o.party(), o.number(), o.due(), o.open(), o.accounts()));
        Map<String, Integer> delays = sales.averageDelayDays(start.minusYears(2));
        // salaried hours per week: the paid hours of the 12 weeks before the forecast
        long minutes = time.minutes(HoursQuery.between(start.minusWeeks(12), start.minusDays(1))
                .ofKinds(List.of(EntryKind.PAID)).perWorkerAndMonth()).total();
        BigDecimal hoursPerWeek = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60L * 12), 2, java.math.RoundingMode.HALF_UP);
        BigDecimal wage = wages.hourlyOn(start).map(Money::amount).orElse(BigDecimal.ZERO);
        Set<String> payroll = payrollAccounts(chart);
        List<CashFlow.Recurring> recurring = new ArrayList<>();
        List<CashFlow.BudgetAmount> budget = new ArrayList<>();
        // the sales taxes collected (net of credits) over the three months before: remitted at the end of the first month
        BigDecimal taxes = books.balanceAt(settings.taxAccounts(), start.minusMonths(3).minusDays(1))
                .subtract(books.balanceAt(settings.taxAccounts(), start.minusDays(1)));
        if (taxes.signum() > 0)
            recurring.add(new CashFlow.Recurring("taxes", "taxes", false, taxes, first, 1200, 31));
        for (int y = fiscalYearOf(start).endYear(); y <= fiscalYearOf(last.atDay(1)).endYear(); y++) {
            store.adopted(y).ifPresent(b -> {
                for (BudgetLine a : store.lines(b.id(), start, last.atDay(1))) {
                    BookFigures.Account acc = chart.get(a.account());
                    if (acc == null) continue;
                    boolean incoming = acc.type() == AccountType.REVENUE;
                    if (!incoming && settings.fixedAccounts().contains(a.account())) {
                        recurring.add(new CashFlow.Recurring(name(acc, Locale.FRENCH), a.account(), false, a.amount(), a.month(), 1200, 1));
                    } else {
                        budget.add(new CashFlow.BudgetAmount(a.account(), incoming, a.month(), a.amount()));
                    }
                }
            });
        }
        return new CashFlow.Input(opening, first, months, cushion == null ? settings.cushion() : cushion, invoices, delays, bills, hoursPerWeek, wage,
                settings.chargesRate(), payroll, recurring, budget);
    }

    public List<CashFlow.Result> cashFlow(LocalDate from, int months, BigDecimal cushion, String lateParty, Integer lateDays) {
        if (cushion != null && (cushion.scale() > 2 || cushion.abs().compareTo(new BigDecimal("1000000000000")) >= 0))
            throw new Problems.InvalidInput("cushion", "budgets.cashflow.cushion");
        CashFlow.Input in = cashFlowInput(from, months, cushion);
        List<CashFlow.Scenario> scenarios = new ArrayList<>();
        if (lateDays != null) {
            if (lateDays < 0 || lateDays > 365) throw new Problems.InvalidInput("lateDays", "budgets.cashflow.late");
            scenarios.add(new CashFlow.Scenario("late", lateParty == null || lateParty.isBlank() ? null : lateParty, lateDays));
        }
        return CashFlow.scenarios(in, scenarios);
    }

    /** The payroll accounts and every account under them. */
    Set<String> payrollAccounts(Map<String, BookFigures.Account> chart) {
        Set<String> out = new HashSet<>();
        for (BookFigures.Account a : chart.values()) {
            for (BookFigures.Account x = a; x != null; x = x.parent() == null ? null : chart.get(x.parent())) {
                if (settings.payrollAccounts().contains(x.code())) {
                    out.add(a.code());
                    break;
                }
            }
        }
        return out;
    }

    // ---- profitability ----

    public Profitability.Result profitability(LocalDate from, LocalDate to, Locale locale) {
        Period p = wholeMonths(from, to);
        Map<String, BookFigures.Account> chart = chart();
        Set<String> payroll = payrollAccounts(chart);
        Map<String, BigDecimal> revenue = new TreeMap<>(), freelancers = new TreeMap<>(), direct = new TreeMap<>();
        BigDecimal[] overhead = {BigDecimal.ZERO};
        Set<String> freelance = new HashSet<>();
        for (BookFigures.Account a : chart.values())
            for (BookFigures.Account x = a; x != null; x = x.parent() == null ? null : chart.get(x.parent()))
                if ("5200".equals(x.code())) freelance.add(a.code());
        books.monthTotals(p.first(), p.last(), m -> {
            BookFigures.Account acc = chart.get(m.account());
            if (acc == null) return;
            String dept = departmentOf(m, chart);
            if (acc.type() == AccountType.REVENUE) {
                revenue.merge(dept, m.amount(), BigDecimal::add);
            } else if (payroll.contains(acc.code())) {
                // labour is counted from the hours × wage, below
            } else if (dept.isEmpty()) {
                overhead[0] = overhead[0].add(m.amount());
            } else if (freelance.contains(acc.code())) {
                freelancers.merge(dept, m.amount(), BigDecimal::add);
            } else {
                direct.merge(dept, m.amount(), BigDecimal::add);
            }
        });
        Map<Long, String> activityDept = store.activityDepartments();
        Map<String, Long> minutes = new TreeMap<>();
        long unassigned = 0;
        for (Map.Entry<Long, Long> e : time.minutes(HoursQuery.between(p.from(), p.to()).ofKinds(List.of(EntryKind.PAID)).perPeriod())
                .byActivity().entrySet()) {
            String d = activityDept.get(e.getKey());
            if (d == null) unassigned += e.getValue();
            else minutes.merge(d, e.getValue(), Long::sum);
        }
        BigDecimal wage = wages.hourlyOn(p.to()).map(Money::amount).orElse(BigDecimal.ZERO);
        BigDecimal hourCost = wage.multiply(BigDecimal.ONE.add(settings.chargesRate()));
        BigDecimal adminLabour = BigDecimal.valueOf(unassigned).multiply(hourCost).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
        List<Profitability.Input> inputs = new ArrayList<>();
        for (BookFigures.Department d : books.departments()) {
            BigDecimal r = revenue.getOrDefault(d.code(), BigDecimal.ZERO);
            long min = minutes.getOrDefault(d.code(), 0L);
            BigDecimal f = freelancers.getOrDefault(d.code(), BigDecimal.ZERO), x = direct.getOrDefault(d.code(), BigDecimal.ZERO);
            if (r.signum() == 0 && min == 0 && f.signum() == 0 && x.signum() == 0) continue;
            inputs.add(new Profitability.Input(d.code(), "en".equals(locale.getLanguage()) ? d.nameEn() : d.nameFr(), r, min, f, x));
        }
        return Profitability.compute(inputs, overhead[0].add(adminLabour), wage, settings.chargesRate());
    }

    // ---- figures per fiscal year (analyses) ----

    /**
     * One fiscal year as the analyses show it: the paid hours of the time tracker and the full-time equivalents they
     * make; salaries (the payroll accounts) against freelancers (accounts under 5200) in dollars and in % of the two;
     * revenue, expenses and profit; the net value (assets − liabilities) on its last day.
     */
    public record YearFigures(int fiscalYear, String label, BigDecimal paidHours, BigDecimal fte, BigDecimal salaries,
                              BigDecimal freelancers, BigDecimal salariedShare, BigDecimal freelanceShare, BigDecimal revenue,
                              BigDecimal expenses, BigDecimal profit, BigDecimal netValue, LabourHours labourHours) {}

    /**
     * The hours punched in a fiscal year (every kind of entry, meetings included), each worker's day counted under
     * the engagement the worker had that day in the members' registry; hours of a day without an engagement are left
     * out. The shares are of the three together, each to the tenth of a percent, or null when there are none.
     */
    public record LabourHours(BigDecimal salaried, BigDecimal freelance, BigDecimal volunteer, BigDecimal salariedShare,
                              BigDecimal freelanceShare, BigDecimal volunteerShare) {}

    /** The fiscal years from {@code lastYear − years + 1} to {@code lastYear}, oldest first. */
    public List<YearFigures> years(int lastYear, int years) {
        if (lastYear < 1991 || lastYear > 2999) throw new Problems.InvalidInput("lastYear", "budgets.year.invalid");
        if (years < 1 || years > 10) throw new Problems.InvalidInput("years", "budgets.years.invalid");
        int firstYear = lastYear - years + 1;
        FiscalYear first = fiscalYear(firstYear), last = fiscalYear(lastYear);
        Map<String, BookFigures.Account> chart = chart();
        Set<String> payroll = payrollAccounts(chart), freelance = under(chart, "5200");
        Map<Integer, BigDecimal[]> money = new TreeMap<>(); // revenue, expenses, salaries, freelancers
        for (int y = firstYear; y <= lastYear; y++)
            money.put(y, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        books.monthTotals(YearMonth.from(first.firstDay()), YearMonth.from(last.lastDay()), m -> {
            BookFigures.Account acc = chart.get(m.account());
            if (acc == null) return;
            BigDecimal[] v = money.get(fiscalYearOf(m.month().atDay(1)).endYear());
            if (acc.type() == AccountType.REVENUE) {
                v[0] = v[0].add(m.amount());
            } else {
                v[1] = v[1].add(m.amount());
                if (payroll.contains(acc.code())) v[2] = v[2].add(m.amount());
                else if (freelance.contains(acc.code())) v[3] = v[3].add(m.amount());
            }
        });
        Map<Integer, Long> minutes = new TreeMap<>();
        time.minutes(HoursQuery.between(first.firstDay(), last.lastDay()).ofKinds(List.of(EntryKind.PAID)).perWorkerAndMonth())
                .byMonth().forEach((m, min) -> minutes.merge(fiscalYearOf(m.atDay(1)).endYear(), min, Long::sum));
        Map<Integer, Map<Engagement, Long>> byEngagement = new TreeMap<>();
        var workerDays = time.minutes(HoursQuery.between(first.firstDay(), last.lastDay()).perWorkerAndDay()).byWorkerAndDay();
        EngagementHistory engagements = members.engagements(workerDays.keySet());
        workerDays.forEach((worker, days) ->
                days.forEach((day, min) -> engagements.on(worker, day)
                        .ifPresent(e -> byEngagement.computeIfAbsent(fiscalYearOf(day).endYear(), y -> new EnumMap<>(Engagement.class))
                                .merge(e, min, Long::sum))));
        List<String> balanceSheet = new ArrayList<>();
        for (BookFigures.Account a : chart.values())
            if (a.type() == AccountType.ASSET || a.type() == AccountType.LIABILITY) balanceSheet.add(a.code());
        List<YearFigures> out = new ArrayList<>();
        for (int y = firstYear; y <= lastYear; y++) {
            FiscalYear fy = fiscalYear(y);
            BigDecimal[] v = money.get(y);
            BigDecimal hours = BigDecimal.valueOf(minutes.getOrDefault(y, 0L)).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
            BigDecimal fte = hours.divide(settings.fullTimeHours(), 2, java.math.RoundingMode.HALF_UP);
            BigDecimal labour = v[2].add(v[3]);
            BigDecimal salaried = labour.signum() == 0 ? null : v[2].multiply(BigDecimal.valueOf(100)).divide(labour, 1, java.math.RoundingMode.HALF_UP);
            BigDecimal freelanced = salaried == null ? null : BigDecimal.valueOf(100).setScale(1).subtract(salaried);
            // assets − liabilities: the balances are debits − credits, a liability's negative
            BigDecimal netValue = books.balanceAt(balanceSheet, fy.lastDay());
            out.add(new YearFigures(y, fy.label(), hours, fte, v[2], v[3], salaried, freelanced, v[0], v[1], v[0].subtract(v[1]), netValue,
                    labourHours(byEngagement.getOrDefault(y, Map.of()))));
        }
        return out;
    }

    static LabourHours labourHours(Map<Engagement, Long> minutes) {
        long sal = minutes.getOrDefault(Engagement.SALARIED, 0L), free = minutes.getOrDefault(Engagement.FREELANCE, 0L),
                vol = minutes.getOrDefault(Engagement.VOLUNTEER, 0L), all = sal + free + vol;
        return new LabourHours(hoursOf(sal), hoursOf(free), hoursOf(vol), share(sal, all), share(free, all), share(vol, all));
    }

    private static BigDecimal hoursOf(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal share(long part, long all) {
        return all == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(all), 1, java.math.RoundingMode.HALF_UP);
    }

    /** The account and every account under it. */
    static Set<String> under(Map<String, BookFigures.Account> chart, String parent) {
        Set<String> out = new HashSet<>();
        for (BookFigures.Account a : chart.values())
            for (BookFigures.Account x = a; x != null; x = x.parent() == null ? null : chart.get(x.parent()))
                if (parent.equals(x.code())) {
                    out.add(a.code());
                    break;
                }
        return out;
    }

    // ---- monthly figures for the charts ----

    /** Revenue and expenses per month of a period, from the books (for the peaks and troughs chart). */
    public Map<YearMonth, BigDecimal[]> monthly(LocalDate from, LocalDate to) {
        Period p = wholeMonths(from, to);
        Map<String, BookFigures.Account> chart = chart();
        Map<YearMonth, BigDecimal[]> out = new TreeMap<>();
        for (YearMonth m = p.first(); !m.isAfter(p.last()); m = m.plusMonths(1)) out.put(m, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        books.monthTotals(p.first(), p.last(), m -> {
            BookFigures.Account acc = chart.get(m.account());
            if (acc == null) return;
            BigDecimal[] v = out.get(m.month());
            int k = acc.type() == AccountType.REVENUE ? 0 : 1;
            v[k] = v[k].add(m.amount());
        });
        return out;
    }

    public record PublicLine(String account, String name, BigDecimal amount) {}

    /** An adopted budget marked public, as the transparency page shows it: the year's amount per account. */
    public record PublicBudget(Budget budget, List<PublicLine> revenue, BigDecimal totalRevenue, List<PublicLine> expenses,
                               BigDecimal totalExpenses, BigDecimal balance) {}

    /** The adopted budgets marked public (the transparency page), newest year first. */
    public List<PublicBudget> publicBudgets(Locale locale) {
        Map<String, BookFigures.Account> chart = chart();
        List<PublicBudget> out = new ArrayList<>();
        for (Budget b : store.publicBudgets()) {
            FiscalYear fy = fiscalYear(b.fiscalYear());
            Map<String, BigDecimal> perAccount = new TreeMap<>();
            for (BudgetLine l : store.sums(b.id(), fy.firstDay(), fy.lastDay())) perAccount.merge(l.account(), l.amount(), BigDecimal::add);
            List<PublicLine> revenue = new ArrayList<>(), expenses = new ArrayList<>();
            BigDecimal rev = BigDecimal.ZERO, exp = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> e : perAccount.entrySet()) {
                BookFigures.Account acc = chart.get(e.getKey());
                if (acc == null) continue;
                PublicLine line = new PublicLine(e.getKey(), name(acc, locale), e.getValue());
                if (acc.type() == AccountType.REVENUE) {
                    revenue.add(line);
                    rev = rev.add(e.getValue());
                } else {
                    expenses.add(line);
                    exp = exp.add(e.getValue());
                }
            }
            out.add(new PublicBudget(b, revenue, rev, expenses, exp, rev.subtract(exp)));
        }
        return out;
    }

    // ---- helpers ----

    Map<String, BookFigures.Account> chart() {
        Map<String, BookFigures.Account> out = new HashMap<>();
        for (BookFigures.Account a : books.accounts()) out.put(a.code(), a);
        return out;
    }

    /** The posting's department, else its account's, else "". */
    static String departmentOf(BookFigures.MonthAmount m, Map<String, BookFigures.Account> chart) {
        if (m.department() != null) return m.department();
        BookFigures.Account a = chart.get(m.account());
        return a == null || a.department() == null ? "" : a.department();
    }

    public static String name(BookFigures.Account a, Locale locale) {
        return "en".equals(locale.getLanguage()) ? a.nameEn() : a.nameFr();
    }
}
