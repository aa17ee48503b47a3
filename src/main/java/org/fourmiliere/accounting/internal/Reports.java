package org.fourmiliere.accounting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.fourmiliere.accounting.AccountType;
import org.fourmiliere.accounting.Statements;
import org.fourmiliere.accounting.internal.ledgerstream.LedgerStream;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statements, computed with set-based SQL: whole months come from the monthly totals kept with the
 * postings, the days at either end of a period from the postings themselves.
 */
@Service
public class Reports {


    private static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);
    private static final LocalDate END = LocalDate.of(9999, 12, 31);
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReportStore store;
    private final LedgerStream ledger;
    private final ChartOfAccounts chart;
    private final MonthDay fiscalStart;

    Reports(ReportStore store, ChartOfAccounts chart,
            @Value("${fourmiliere.accounting.fiscal-year-start:09-01}") String fiscalStart) {
        this.store = store;
        this.ledger = store.ledger();
        this.chart = chart;
        this.fiscalStart = MonthDay.parse("--" + fiscalStart);
    }

    public MonthDay fiscalStart() {
        return fiscalStart;
    }

    public FiscalYear fiscalYear(LocalDate day) {
        return FiscalYear.containing(day, fiscalStart);
    }

    // ---------------------------------------------------------------- sums

    /** Signed sums over [from, to] (from null: since the beginning), per account, optionally per department and month. */
    List<ReportStore.Sum> sums(LocalDate from, LocalDate to, boolean byDepartment, boolean byMonth) {
        LocalDate start = from == null ? BEGINNING : from;
        LocalDate fullStart = start.getDayOfMonth() == 1 ? start : start.withDayOfMonth(1).plusMonths(1);
        LocalDate fullEnd = to.equals(YearMonth.from(to).atEndOfMonth()) ? to.withDayOfMonth(1) : to.withDayOfMonth(1).minusMonths(1);
        List<ReportStore.Sum> out = new ArrayList<>();
        if (!fullStart.isAfter(fullEnd)) {
            store.monthSums(fullStart, fullEnd, byDepartment, byMonth, out::add);
            if (start.isBefore(fullStart)) lineSums(start, fullStart.minusDays(1), byDepartment, byMonth, out);
            LocalDate tailStart = fullEnd.plusMonths(1);
            if (!tailStart.isAfter(to)) lineSums(tailStart, to, byDepartment, byMonth, out);
        } else if (!start.isAfter(to)) {
            lineSums(start, to, byDepartment, byMonth, out);
        }
        return out;
    }

    private void lineSums(LocalDate from, LocalDate to, boolean byDepartment, boolean byMonth, List<ReportStore.Sum> out) {
        store.lineSums(from, to, byDepartment, byMonth, out::add);
    }

    /** Signed balance per account id over [from, to]. */
    Map<Long, BigDecimal> byAccount(LocalDate from, LocalDate to) {
        Map<Long, BigDecimal> m = new HashMap<>();
        for (ReportStore.Sum s : sums(from, to, false, false)) m.merge(s.account(), s.amount(), BigDecimal::add);
        return m;
    }

    // ---------------------------------------------------------------- reports

    @Transactional(readOnly = true)
    public Statements.TrialBalance trialBalance(LocalDate at, java.util.Locale locale) {
        var index = chart.index();
        Map<Long, BigDecimal> balances = byAccount(null, at);
        List<Statements.TrialLine> lines = new ArrayList<>();
        BigDecimal debit = ZERO, credit = ZERO;
        for (LedgerAccount a : chart.accounts()) {
            BigDecimal b = balances.get(a.id());
            if (b == null || b.signum() == 0) continue;
            if (b.signum() > 0) {
                lines.add(new Statements.TrialLine(a.code(), a.name(locale), a.type(), b, null));
                debit = debit.add(b);
            } else {
                lines.add(new Statements.TrialLine(a.code(), a.name(locale), a.type(), null, b.negate()));
                credit = credit.add(b.negate());
            }
        }
        return new Statements.TrialBalance(at, lines, debit, credit);
    }

    @Transactional(readOnly = true)
    public Statements.BalanceSheet balanceSheet(LocalDate at, java.util.Locale locale) {
        FiscalYear fy = fiscalYear(at);
        Map<Long, BigDecimal> balances = byAccount(null, at);
        List<LedgerAccount> accounts = chart.accounts();
        Statements.Section assets = section(AccountType.ASSET, accounts, balances, locale, false);
        Statements.Section liabilities = section(AccountType.LIABILITY, accounts, balances, locale, false);
        Statements.Section equity = section(AccountType.EQUITY, accounts, balances, locale, false);
        Map<Long, BigDecimal> before = byAccount(null, fy.firstDay().minusDays(1));
        BigDecimal retained = profit(accounts, before);
        BigDecimal current = profit(accounts, balances).subtract(retained);
        BigDecimal totalEquity = equity.total().add(retained).add(current);
        return new Statements.BalanceSheet(at, fy, assets, liabilities, equity, retained, current, totalEquity,
                liabilities.total().add(totalEquity));
    }

    private static BigDecimal profit(List<LedgerAccount> accounts, Map<Long, BigDecimal> balances) {
        BigDecimal p = ZERO;
        for (LedgerAccount a : accounts) {
            if (a.type() == AccountType.REVENUE || a.type() == AccountType.EXPENSE) {
                p = p.subtract(balances.getOrDefault(a.id(), ZERO));
            }
        }
        return p;
    }

    /** The accounts of a type with their balances rolled up into their parents; shares of the section total if asked. */
    private static Statements.Section section(AccountType type, List<LedgerAccount> accounts, Map<Long, BigDecimal> balances,
                                   java.util.Locale locale, boolean shares) {
        Map<Long, LedgerAccount> byId = new HashMap<>();
        accounts.forEach(a -> byId.put(a.id(), a));
        Map<Long, BigDecimal> rolled = new HashMap<>();
        BigDecimal total = ZERO;
        for (LedgerAccount a : accounts) {
            if (a.type() != type) continue;
            BigDecimal b = balances.get(a.id());
            if (b == null || b.signum() == 0) continue;
            BigDecimal shown = type.normalSign() > 0 ? b : b.negate();
            total = total.add(shown);
            for (LedgerAccount p = a; p != null; p = p.parentId() == null ? null : byId.get(p.parentId())) {
                rolled.merge(p.id(), shown, BigDecimal::add);
            }
        }
        List<Statements.Line> lines = new ArrayList<>();
        for (LedgerAccount a : accounts) {
            if (a.type() != type || !rolled.containsKey(a.id())) continue;
            if (a.parentId() == null) continue; // the root is the section total
            BigDecimal amount = rolled.get(a.id());
            lines.add(new Statements.Line(a.code(), a.name(locale), a.depth() - 1, amount, shares ? share(amount, total) : null));
        }
        lines = ordered(lines, accounts);
        return new Statements.Section(type, lines, total);
    }

    /** Parents before their children, siblings by code. */
    private static List<Statements.Line> ordered(List<Statements.Line> lines, List<LedgerAccount> accounts) {
        Map<String, LedgerAccount> byCode = new HashMap<>();
        accounts.forEach(a -> byCode.put(a.code(), a));
        Map<Long, LedgerAccount> byId = new HashMap<>();
        accounts.forEach(a -> byId.put(a.id(), a));
        Map<String, String> sortKey = new HashMap<>();
        for (Statements.Line l : lines) {
            StringBuilder k = new StringBuilder();
            for (LedgerAccount a = byCode.get(l.code()); a != null; a = a.parentId() == null ? null : byId.get(a.parentId())) {
                k.insert(0, String.format("%-20s/", a.code()));
            }
            sortKey.put(l.code(), k.toString());
        }
        List<Statements.Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(l -> sortKey.get(l.code())));
        return sorted;
    }

    static BigDecimal share(BigDecimal part, BigDecimal total) {
        if (total.signum() == 0) return null;
        return part.multiply(HUNDRED).divide(total, 1, RoundingMode.HALF_EVEN);
    }

    @Transactional(readOnly = true)
    public Statements.IncomeStatement incomeStatement(LocalDate from, LocalDate to, java.util.Locale locale) {
        requirePeriod(from, to);
        Map<Long, BigDecimal> balances = byAccount(from, to);
        List<LedgerAccount> accounts = chart.accounts();
        Statements.Section revenue = section(AccountType.REVENUE, accounts, balances, locale, true);
        Statements.Section expenses = section(AccountType.EXPENSE, accounts, balances, locale, true);
        return new Statements.IncomeStatement(from, to, revenue, expenses, revenue.total().subtract(expenses.total()));
    }

    @Transactional(readOnly = true)
    public Statements.ByDepartment byDepartment(LocalDate from, LocalDate to, java.util.Locale locale) {
        requirePeriod(from, to);
        var index = chart.index();
        Map<Long, BigDecimal[]> perDept = new TreeMap<>();
        for (ReportStore.Sum s : sums(from, to, true, false)) {
            LedgerAccount a = index.account(s.account());
            if (a.type() != AccountType.REVENUE && a.type() != AccountType.EXPENSE) continue;
            BigDecimal[] v = perDept.computeIfAbsent(s.department(), k -> new BigDecimal[] {ZERO, ZERO});
            if (a.type() == AccountType.REVENUE) v[0] = v[0].subtract(s.amount()); else v[1] = v[1].add(s.amount());
        }
        BigDecimal revenue = ZERO, expenses = ZERO;
        for (BigDecimal[] v : perDept.values()) {
            revenue = revenue.add(v[0]);
            expenses = expenses.add(v[1]);
        }
        List<Statements.DepartmentLine> lines = new ArrayList<>();
        for (var e : perDept.entrySet()) {
            Department d = e.getKey() == 0 ? null : index.department(e.getKey());
            BigDecimal[] v = e.getValue();
            lines.add(new Statements.DepartmentLine(d == null ? null : d.code(), d == null ? null : d.name(locale), v[0], share(v[0], revenue),
                    v[1], share(v[1], expenses), v[0].subtract(v[1])));
        }
        lines.sort(Comparator.comparing(Statements.DepartmentLine::revenue).reversed().thenComparing(l -> l.code() == null ? "~" : l.code()));
        return new Statements.ByDepartment(from, to, lines, revenue, expenses, revenue.subtract(expenses));
    }

    @Transactional(readOnly = true)
    public Statements.Monthly monthly(LocalDate from, LocalDate to, java.util.Locale locale) {
        requirePeriod(from, to);
        var index = chart.index();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) months.add(m);
        if (months.size() > 1200) throw new Problems.InvalidInput("to", "books.report.too-many-months");
        Map<YearMonth, Integer> column = new HashMap<>();
        for (int i = 0; i < months.size(); i++) column.put(months.get(i), i);
        Map<Long, BigDecimal[]> rows = new HashMap<>();
        for (ReportStore.Sum s : sums(from, to, false, true)) {
            LedgerAccount a = index.account(s.account());
            if (a.type() != AccountType.REVENUE && a.type() != AccountType.EXPENSE) continue;
            BigDecimal[] v = rows.computeIfAbsent(s.account(), k -> zeros(months.size()));
            int c = column.get(s.month());
            v[c] = v[c].add(a.type() == AccountType.REVENUE ? s.amount().negate() : s.amount());
        }
        BigDecimal[] revenue = zeros(months.size()), expenses = zeros(months.size()), profit = zeros(months.size());
        List<Statements.MonthlyLine> lines = new ArrayList<>();
        for (LedgerAccount a : chart.accounts()) {
            BigDecimal[] v = rows.get(a.id());
            if (v == null) continue;
            BigDecimal total = ZERO;
            for (int i = 0; i < v.length; i++) {
                total = total.add(v[i]);
                if (a.type() == AccountType.REVENUE) revenue[i] = revenue[i].add(v[i]); else expenses[i] = expenses[i].add(v[i]);
            }
            lines.add(new Statements.MonthlyLine(a.code(), a.name(locale), a.type(), List.of(v), total));
        }
        lines.sort(Comparator.comparing((Statements.MonthlyLine l) -> l.type() == AccountType.REVENUE ? 0 : 1).thenComparing(Statements.MonthlyLine::code));
        for (int i = 0; i < profit.length; i++) profit[i] = revenue[i].subtract(expenses[i]);
        return new Statements.Monthly(from, to, months, lines, List.of(revenue), List.of(expenses), List.of(profit));
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] v = new BigDecimal[n];
        java.util.Arrays.fill(v, ZERO);
        return v;
    }

    /** Balances at a day rolled up to a depth of the hierarchy (depth 2: "Assets:Comptes clients"). Signed, debit > 0. */
    @Transactional(readOnly = true)
    public List<Statements.AccountBalance> balancesAtDepth(LocalDate at, int depth) {
        if (depth < 1) throw new Problems.InvalidInput("depth", "books.report.depth");
        var index = chart.index();
        Map<String, BigDecimal> rolled = new TreeMap<>();
        for (var e : byAccount(null, at).entrySet()) {
            LedgerAccount a = index.account(e.getKey());
            String[] parts = a.ledgerName().split(":");
            String name = String.join(":", java.util.Arrays.copyOf(parts, Math.min(depth, parts.length)));
            rolled.merge(name, e.getValue(), BigDecimal::add);
        }
        List<Statements.AccountBalance> out = new ArrayList<>();
        rolled.forEach((name, amount) -> {
            if (amount.signum() != 0) {
                LedgerAccount a = index.account(name);
                out.add(new Statements.AccountBalance(name, a == null ? null : a.code(), amount));
            }
        });
        return out;
    }

    /** The postings of one account in [from, to] with the running balance, given one by one to {@code sink}; answers the opening balance. */
    @Transactional(readOnly = true)
    public BigDecimal ledger(LedgerAccount account, LocalDate from, LocalDate to, Consumer<Statements.LedgerRow> sink) {
        BigDecimal opening = opening(account, from);
        ledger.postings(account.id(), first(from), last(to), opening, p -> sink.accept(new Statements.LedgerRow(p.entry(), p.date(),
                p.description(), p.reference(), p.party(), p.amount(), p.balance())));
        return opening;
    }

    /**
     * Writes the general ledger of one account in [from, to] as JSON to {@code out}, streamed without an object
     * per posting (ADR 0402): {@code {account, name, rows:[{entry,date,description,reference,party,amount,balance}], opening}}.
     */
    @Transactional(readOnly = true)
    public void ledgerJson(LedgerAccount account, LocalDate from, LocalDate to, OutputStream out) throws IOException {
        ledger.writeJson(account.id(), first(from), last(to), opening(account, from), account.code(), account.ledgerName(), out);
    }

    private BigDecimal opening(LedgerAccount account, LocalDate from) {
        return from == null ? ZERO : byAccount(null, from.minusDays(1)).getOrDefault(account.id(), ZERO);
    }

    private static LocalDate first(LocalDate from) {
        return from == null || from.isBefore(BEGINNING) ? BEGINNING : from;
    }

    private static LocalDate last(LocalDate to) {
        return to == null || to.isAfter(END) ? END : to;
    }

    /** Revenue, expenses, profit and net value (assets − liabilities at the year's end) of every fiscal year with postings. */
    @Transactional(readOnly = true)
    public List<Statements.YearFigures> years() {
        var index = chart.index();
        Map<FiscalYear, BigDecimal[]> perYear = new TreeMap<>(Comparator.comparingInt(FiscalYear::endYear));
        store.allMonths(sum -> {
            LedgerAccount a = index.account(sum.account());
            FiscalYear fy = fiscalYear(sum.month().atDay(1));
            BigDecimal[] v = perYear.computeIfAbsent(fy, k -> new BigDecimal[] {ZERO, ZERO, ZERO});
            BigDecimal amount = sum.amount();
            switch (a.type()) {
                case REVENUE -> v[0] = v[0].subtract(amount);
                case EXPENSE -> v[1] = v[1].add(amount);
                case ASSET, LIABILITY -> v[2] = v[2].add(amount);
                default -> { }
            }
        });
        List<Statements.YearFigures> out = new ArrayList<>();
        BigDecimal net = ZERO;
        for (var e : perYear.entrySet()) {
            BigDecimal[] v = e.getValue();
            net = net.add(v[2]);
            out.add(new Statements.YearFigures(e.getKey().label(), e.getKey().lastDay(), v[0], v[1], v[0].subtract(v[1]), net));
        }
        return out;
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        if (from == null) throw new Problems.InvalidInput("from", "books.report.from-required");
        if (to == null) throw new Problems.InvalidInput("to", "books.report.to-required");
        if (to.isBefore(from)) throw new Problems.InvalidInput("to", "books.report.to-before-from");
    }

    /** Keeps the order of insertion, for CSV columns. */
    static <K, V> Map<K, V> linked() {
        return new LinkedHashMap<>();
    }
}
