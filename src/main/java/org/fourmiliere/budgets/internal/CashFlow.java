package org.fourmiliere.budgets.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cash-flow forecast, month by month from the opening bank balance. Known documents come first: open invoices
 * received at their due date plus the customer's average delay (a receipt already late falls in the first month),
 * open bills paid at their due date, the payroll (salaried hours per week × 52 / 12 × wage × (1 + charges)), recurring
 * items (rent, colocation, tax remittances) each with its account. A budget line falls back in a month only when no
 * invoice (for revenue) or bill (for expenses) of that month is on its account (a document whose accounts are unknown
 * covers every account of its side), and never when a recurring item or the payroll covers its account, so that
 * nothing is counted twice.
 * Budget figures stay apart ({@link Month#budgetReceipts}, {@link Month#budgetPayments}) from document figures.
 */
public final class CashFlow {

    public enum Source { INVOICE, BILL, PAYROLL, RECURRING, BUDGET }

    /**
     * An open invoice or bill: what is still owed, and the revenue or expense accounts of its lines (empty: unknown,
     * taken as covering every account of its side).
     */
    public record Open(String party, String reference, LocalDate due, BigDecimal amount, Set<String> accounts) {
        public Open {
            accounts = accounts == null ? Set.of() : Set.copyOf(accounts);
        }

        public Open(String party, String reference, LocalDate due, BigDecimal amount) {
            this(party, reference, due, amount, Set.of());
        }
    }

    /** A recurring receipt (incoming) or payment, every {@code everyMonths} months on {@code day} from {@code first}. */
    public record Recurring(String label, String account, boolean incoming, BigDecimal amount, YearMonth first, int everyMonths,
                            int day) {
        public Recurring {
            if (everyMonths <= 0) throw new IllegalArgumentException("everyMonths");
            if (day < 1 || day > 31) throw new IllegalArgumentException("day");
        }
    }

    /** A budget line's amount for one month (positive), revenue when incoming. */
    public record BudgetAmount(String account, boolean incoming, YearMonth month, BigDecimal amount) {}

    /**
     * @param payrollAccounts the expense accounts the payroll covers (left out of the budget fallback)
     */
    public record Input(BigDecimal opening, YearMonth firstMonth, int months, BigDecimal cushion, List<Open> invoices,
                        Map<String, Integer> averageDelayDays, List<Open> bills, BigDecimal salariedHoursPerWeek,
                        BigDecimal wage, BigDecimal chargesRate, Set<String> payrollAccounts, List<Recurring> recurring,
                        List<BudgetAmount> budget) {
        public Input {
            if (months < 1 || months > 60) throw new IllegalArgumentException("months");
            invoices = invoices == null ? List.of() : List.copyOf(invoices);
            averageDelayDays = averageDelayDays == null ? Map.of() : Map.copyOf(averageDelayDays);
            bills = bills == null ? List.of() : List.copyOf(bills);
            payrollAccounts = payrollAccounts == null ? Set.of() : Set.copyOf(payrollAccounts);
            recurring = recurring == null ? List.of() : List.copyOf(recurring);
            budget = budget == null ? List.of() : List.copyOf(budget);
            salariedHoursPerWeek = salariedHoursPerWeek == null ? BigDecimal.ZERO : salariedHoursPerWeek;
            wage = wage == null ? BigDecimal.ZERO : wage;
            chargesRate = chargesRate == null ? BigDecimal.ZERO : chargesRate;
            cushion = cushion == null ? BigDecimal.ZERO : cushion;
        }
    }

    /** A "what if": customers paying later than they do (party null: every customer). */
    public record Scenario(String name, String party, int extraDelayDays) {}

    /** One expected movement, signed (receipts positive). */
    public record Item(LocalDate date, Source source, String label, BigDecimal amount) {}

    public record Month(YearMonth month, BigDecimal opening, BigDecimal receipts, BigDecimal budgetReceipts, BigDecimal payments,
                        BigDecimal budgetPayments, BigDecimal closing, boolean belowCushion, List<Item> items) {}

    /** @param firstBelowCushion the first month whose closing balance is under the cushion, or null */
    public record Result(String scenario, BigDecimal cushion, List<Month> months, YearMonth firstBelowCushion) {}

    /** A week (or the shorter last days of the horizon) of a forecast read week by week. */
    public record Week(LocalDate from, LocalDate to, BigDecimal opening, BigDecimal receipts, BigDecimal budgetReceipts,
                       BigDecimal payments, BigDecimal budgetPayments, BigDecimal closing, boolean belowCushion, List<Item> items) {}

    /** @param firstBelowCushion the first day of the first week whose closing balance is under the cushion, or null */
    public record Weekly(String scenario, BigDecimal cushion, List<Week> weeks, LocalDate firstBelowCushion) {}

    private static final String ANY = "*";

    private CashFlow() {}

    public static Result forecast(Input in) {
        return forecast(in, new Scenario(null, null, 0));
    }

    public static List<Result> scenarios(Input in, List<Scenario> scenarios) {
        List<Result> out = new ArrayList<>();
        out.add(forecast(in));
        for (Scenario s : scenarios) out.add(forecast(in, s));
        return out;
    }

    /**
     * The same forecast week by week: the same dated movements (a month's payroll and budget fallback on its last
     * day, as in the monthly view) gathered in seven-day periods from the first day of the first month; the last
     * period ends with the horizon and may be shorter. Budget figures stay apart as in the months.
     */
    public static Weekly weekly(Result monthly) {
        List<Month> months = monthly.months();
        if (months.isEmpty()) return new Weekly(monthly.scenario(), monthly.cushion(), List.of(), null);
        LocalDate start = months.getFirst().month().atDay(1), end = months.getLast().month().atEndOfMonth();
        List<Item> all = new ArrayList<>();
        for (Month m : months) all.addAll(m.items());
        all.sort(Comparator.comparing(Item::date).thenComparing(Item::source));
        List<Week> weeks = new ArrayList<>();
        BigDecimal balance = months.getFirst().opening();
        LocalDate firstBelow = null;
        int k = 0;
        for (LocalDate from = start; !from.isAfter(end); from = from.plusDays(7)) {
            LocalDate to = from.plusDays(6).isAfter(end) ? end : from.plusDays(6);
            List<Item> list = new ArrayList<>();
            while (k < all.size() && !all.get(k).date().isAfter(to)) list.add(all.get(k++));
            Sums t = Sums.of(list);
            BigDecimal closing = t.closing(balance);
            boolean below = closing.compareTo(monthly.cushion()) < 0;
            if (below && firstBelow == null) firstBelow = from;
            weeks.add(new Week(from, to, balance, t.receipts(), t.budgetReceipts(), t.payments(), t.budgetPayments(), closing, below,
                    List.copyOf(list)));
            balance = closing;
        }
        return new Weekly(monthly.scenario(), monthly.cushion(), List.copyOf(weeks), firstBelow);
    }

    /** The monthly payroll: hours per week × 52 / 12 × wage × (1 + charges), to the cent. */
    public static BigDecimal monthlyPayroll(BigDecimal hoursPerWeek, BigDecimal wage, BigDecimal chargesRate) {
        return hoursPerWeek.multiply(BigDecimal.valueOf(52)).multiply(wage).multiply(BigDecimal.ONE.add(chargesRate))
                .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    public static Result forecast(Input in, Scenario scenario) {
        LocalDate start = in.firstMonth().atDay(1);
        YearMonth last = in.firstMonth().plusMonths(in.months() - 1);
        LocalDate end = last.atEndOfMonth();
        Map<YearMonth, List<Item>> items = new LinkedHashMap<>();
        for (int i = 0; i < in.months(); i++) items.put(in.firstMonth().plusMonths(i), new ArrayList<>());
        Map<YearMonth, Set<String>> withInvoices = new HashMap<>(), withBills = new HashMap<>();

        for (Open o : in.invoices()) {
            int delay = in.averageDelayDays().getOrDefault(o.party(), 0);
            if (scenario.extraDelayDays() != 0 && (scenario.party() == null || scenario.party().equals(o.party())))
                delay += scenario.extraDelayDays();
            LocalDate d = o.due().plusDays(Math.max(0, delay));
            if (d.isBefore(start)) d = start;
            if (d.isAfter(end)) continue;
            items.get(YearMonth.from(d)).add(new Item(d, Source.INVOICE, o.party() + " " + o.reference(), Evaluation.cents(o.amount())));
            withInvoices.computeIfAbsent(YearMonth.from(d), k -> new HashSet<>()).addAll(o.accounts().isEmpty() ? Set.of(ANY) : o.accounts());
        }
        for (Open o : in.bills()) {
            LocalDate d = o.due().isBefore(start) ? start : o.due();
            if (d.isAfter(end)) continue;
            items.get(YearMonth.from(d)).add(new Item(d, Source.BILL, o.party() + " " + o.reference(), Evaluation.cents(o.amount()).negate()));
            withBills.computeIfAbsent(YearMonth.from(d), k -> new HashSet<>()).addAll(o.accounts().isEmpty() ? Set.of(ANY) : o.accounts());
        }
        BigDecimal payroll = monthlyPayroll(in.salariedHoursPerWeek(), in.wage(), in.chargesRate());
        Set<String> covered = new HashSet<>(in.payrollAccounts());
        for (Recurring r : in.recurring()) covered.add(r.account());
        for (YearMonth m : items.keySet()) {
            List<Item> list = items.get(m);
            if (payroll.signum() != 0) list.add(new Item(m.atEndOfMonth(), Source.PAYROLL, "payroll", payroll.negate()));
            for (Recurring r : in.recurring()) {
                if (m.isBefore(r.first())) continue;
                long since = r.first().until(m, java.time.temporal.ChronoUnit.MONTHS);
                if (since % r.everyMonths() != 0) continue;
                LocalDate d = m.atDay(Math.min(r.day(), m.lengthOfMonth()));
                BigDecimal a = Evaluation.cents(r.amount());
                list.add(new Item(d, Source.RECURRING, r.label(), r.incoming() ? a : a.negate()));
            }
        }
        for (BudgetAmount b : in.budget()) {
            List<Item> list = items.get(b.month());
            if (list == null || covered.contains(b.account())) continue;
            Set<String> known = (b.incoming() ? withInvoices : withBills).getOrDefault(b.month(), Set.of());
            if (known.contains(ANY) || known.contains(b.account())) continue;
            BigDecimal a = Evaluation.cents(b.amount());
            list.add(new Item(b.month().atEndOfMonth(), Source.BUDGET, b.account(), b.incoming() ? a : a.negate()));
        }

        List<Month> months = new ArrayList<>();
        BigDecimal balance = Evaluation.cents(in.opening());
        YearMonth firstBelow = null;
        for (Map.Entry<YearMonth, List<Item>> e : items.entrySet()) {
            List<Item> list = e.getValue();
            list.sort(Comparator.comparing(Item::date).thenComparing(Item::source));
            Sums t = Sums.of(list);
            BigDecimal closing = t.closing(balance);
            boolean below = closing.compareTo(in.cushion()) < 0;
            if (below && firstBelow == null) firstBelow = e.getKey();
            months.add(new Month(e.getKey(), balance, t.receipts(), t.budgetReceipts(), t.payments(), t.budgetPayments(), closing,
                    below, List.copyOf(list)));
            balance = closing;
        }
        return new Result(scenario.name(), in.cushion(), List.copyOf(months), firstBelow);
    }

    /** A period's items summed: receipts and payments, each known from a document or taken from the budget. */
    record Sums(BigDecimal receipts, BigDecimal budgetReceipts, BigDecimal payments, BigDecimal budgetPayments) {
        static Sums of(List<Item> items) {
            BigDecimal rec = BigDecimal.ZERO, brec = BigDecimal.ZERO, pay = BigDecimal.ZERO, bpay = BigDecimal.ZERO;
            for (Item it : items) {
                boolean budget = it.source() == Source.BUDGET;
                if (it.amount().signum() >= 0) {
                    if (budget) brec = brec.add(it.amount()); else rec = rec.add(it.amount());
                } else {
                    if (budget) bpay = bpay.add(it.amount().negate()); else pay = pay.add(it.amount().negate());
                }
            }
            return new Sums(rec, brec, pay, bpay);
        }

        BigDecimal closing(BigDecimal opening) {
            return opening.add(receipts).add(budgetReceipts).subtract(payments).subtract(budgetPayments);
        }
    }
}
