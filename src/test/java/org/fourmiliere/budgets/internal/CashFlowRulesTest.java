package org.fourmiliere.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fourmiliere.budgets.internal.CashFlow.BudgetAmount;
import org.fourmiliere.budgets.internal.CashFlow.Month;
import org.fourmiliere.budgets.internal.CashFlow.Open;
import org.fourmiliere.budgets.internal.CashFlow.Recurring;
import org.fourmiliere.budgets.internal.CashFlow.Source;
import org.junit.jupiter.api.Test;

/**
 * The cash-flow forecast by hand: invoices due over three months, Alpha paying 20 days late on average, a bill,
 * payroll, rent, the budget's fallback where no document is known, the cushion warning.
 */
class CashFlowRulesTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static final YearMonth JAN = YearMonth.of(2027, 1);

    static CashFlow.Input input() {
        List<BudgetAmount> budget = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            budget.add(new BudgetAmount("4100", true, JAN.plusMonths(i), d("1000")));
            budget.add(new BudgetAmount("5100", false, JAN.plusMonths(i), d("1200"))); // rent: covered by the recurring item
            budget.add(new BudgetAmount("5500", false, JAN.plusMonths(i), d("300")));
            budget.add(new BudgetAmount("5300", false, JAN.plusMonths(i), d("4000"))); // salaries: covered by the payroll
        }
        return new CashFlow.Input(d("40000"), JAN, 8, d("30000"),
                List.of(new Open("Alpha", "F-1", LocalDate.of(2027, 1, 20), d("5000")),
                        new Open("Beta", "F-2", LocalDate.of(2027, 2, 15), d("8000")),
                        new Open("Gamma", "F-3", LocalDate.of(2027, 3, 25), d("3000")),
                        new Open("Alpha", "F-4", LocalDate.of(2027, 3, 15), d("4000"))),
                Map.of("Alpha", 20),
                List.of(new Open("Vendor", "B-1", LocalDate.of(2027, 1, 10), d("1500"))),
                d("40"), d("18.00"), d("0.15"), Set.of("5300"),
                List.of(new Recurring("rent", "5100", false, d("1200"), JAN, 1, 1)), budget);
    }

    @Test
    void theBalanceOfEachMonthByHand() {
        CashFlow.Result r = CashFlow.forecast(input());
        // payroll: 40 h × 52 / 12 × 18.00 × 1.15 = 3588.00 a month
        assertThat(CashFlow.monthlyPayroll(d("40"), d("18.00"), d("0.15"))).isEqualByComparingTo("3588.00");
        List<Month> m = r.months();
        // Jan: Alpha's F-1 (due 20 Jan + 20 days = 9 Feb) is not in January: no invoice, budget revenue 1000;
        //      bill 1500 known, so no budget expense; 40000 + 1000 − 1500 − 3588 − 1200 = 34712.00
        assertThat(m.get(0).receipts()).isEqualByComparingTo("0");
        assertThat(m.get(0).budgetReceipts()).isEqualByComparingTo("1000");
        assertThat(m.get(0).payments()).isEqualByComparingTo("6288.00");
        assertThat(m.get(0).budgetPayments()).isEqualByComparingTo("0");
        assertThat(m.get(0).closing()).isEqualByComparingTo("34712.00");
        // Feb: F-1 5000 (9 Feb) + F-2 8000; no bill: budget's office 300; 34712 + 13000 − 3588 − 1200 − 300 = 42624.00
        assertThat(m.get(1).receipts()).isEqualByComparingTo("13000");
        assertThat(m.get(1).items()).anyMatch(i -> i.date().equals(LocalDate.of(2027, 2, 9)) && i.source() == Source.INVOICE);
        assertThat(m.get(1).budgetPayments()).isEqualByComparingTo("300");
        assertThat(m.get(1).closing()).isEqualByComparingTo("42624.00");
        // Mar: F-3 3000 (F-4 due 15 Mar + 20 days = 4 Apr); 42624 + 3000 − 5088 = 40536.00
        assertThat(m.get(2).closing()).isEqualByComparingTo("40536.00");
        // Apr: F-4 4000: 40536 + 4000 − 5088 = 39448.00
        assertThat(m.get(3).receipts()).isEqualByComparingTo("4000");
        assertThat(m.get(3).closing()).isEqualByComparingTo("39448.00");
        // May, Jun, Jul: budget 1000 in, 5088 out: 35360.00, 31272.00, 27184.00
        assertThat(m.get(4).closing()).isEqualByComparingTo("35360.00");
        assertThat(m.get(5).closing()).isEqualByComparingTo("31272.00");
        assertThat(m.get(6).closing()).isEqualByComparingTo("27184.00");
        // the cushion of 30000 is crossed in July, not before
        assertThat(r.firstBelowCushion()).isEqualTo(YearMonth.of(2027, 7));
        assertThat(m.subList(0, 6)).noneMatch(Month::belowCushion);
        assertThat(m.get(6).belowCushion()).isTrue();
    }

    @Test
    void budgetLinesCoveredByPayrollOrRecurringItemsAreNeverCountedTwice() {
        CashFlow.Result r = CashFlow.forecast(input());
        assertThat(r.months()).allSatisfy(m -> assertThat(m.items())
                .noneMatch(i -> i.source() == Source.BUDGET && (i.label().equals("5100") || i.label().equals("5300"))));
    }

    @Test
    void aScenarioWhereAlphaPays60DaysLaterIsShownBesideTheBase() {
        List<CashFlow.Result> both = CashFlow.scenarios(input(), List.of(new CashFlow.Scenario("alpha-late", "Alpha", 60)));
        assertThat(both).hasSize(2);
        List<Month> m = both.get(1).months();
        // F-1: 20 Jan + 80 days = 10 Apr; F-4: 15 Mar + 80 days = 3 Jun
        // Feb: 34712 + 8000 − 5088 = 37624.00; Mar: + 3000 − 5088 = 35536.00; Apr: + 5000 − 5088 = 35448.00
        assertThat(m.get(1).closing()).isEqualByComparingTo("37624.00");
        assertThat(m.get(3).closing()).isEqualByComparingTo("35448.00");
        // May: budget 1000: 31360.00; Jun: F-4 4000: 30272.00; Jul: 26184.00
        assertThat(m.get(5).closing()).isEqualByComparingTo("30272.00");
        assertThat(m.get(6).closing()).isEqualByComparingTo("26184.00");
        assertThat(both.get(0).months().get(1).closing()).isEqualByComparingTo("42624.00");
    }

    @Test
    void aLateInvoiceFallsInTheFirstMonthAndOneBeyondTheHorizonIsLeftOut() {
        CashFlow.Input in = new CashFlow.Input(d("0"), JAN, 2, null,
                List.of(new Open("A", "1", LocalDate.of(2026, 11, 1), d("100")), new Open("A", "2", LocalDate.of(2027, 3, 1), d("50"))),
                null, null, null, null, null, null, null, null);
        CashFlow.Result r = CashFlow.forecast(in);
        assertThat(r.months().get(0).receipts()).isEqualByComparingTo("100");
        assertThat(r.months().get(1).closing()).isEqualByComparingTo("100");
    }

    @Test
    void aQuarterlyRemittanceComesEveryThirdMonth() {
        CashFlow.Input in = new CashFlow.Input(d("1000"), JAN, 6, null, null, null, null, null, null, null, null,
                List.of(new Recurring("taxes", "2300", false, d("250"), JAN, 3, 31)), null);
        CashFlow.Result r = CashFlow.forecast(in);
        assertThat(r.months()).extracting(Month::payments).extracting(BigDecimal::intValue).containsExactly(250, 0, 0, 250, 0, 0);
        assertThat(r.months().get(3).items().getFirst().date()).isEqualTo(LocalDate.of(2027, 4, 30));
    }

    @Test
    void weekByWeekByHand() {
        // January 2027 starts on a Friday: weeks 1–7, 8–14, 15–21, 22–28, and the last three days 29–31
        CashFlow.Input in = new CashFlow.Input(d("10000"), JAN, 1, d("9000"),
                List.of(new Open("Alpha", "F-1", LocalDate.of(2027, 1, 5), d("2000"), Set.of("4001"))), Map.of(),
                List.of(new Open("Vendor", "B-1", LocalDate.of(2027, 1, 12), d("3500"), Set.of("5500"))),
                d("10"), d("20.00"), d("0"), Set.of("5300"),
                List.of(new Recurring("rent", "5100", false, d("1200"), JAN, 1, 1)),
                List.of(new BudgetAmount("4100", true, JAN, d("500"))));
        CashFlow.Weekly w = CashFlow.weekly(CashFlow.forecast(in));
        assertThat(w.weeks()).extracting(CashFlow.Week::from).containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 8),
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 22), LocalDate.of(2027, 1, 29));
        assertThat(w.weeks().getLast().to()).isEqualTo(LocalDate.of(2027, 1, 31));
        // 1–7: rent 1200 on the 1st, Alpha's 2000 on the 5th: 10000 + 2000 − 1200 = 10800.00
        assertThat(w.weeks().get(0).receipts()).isEqualByComparingTo("2000");
        assertThat(w.weeks().get(0).payments()).isEqualByComparingTo("1200");
        assertThat(w.weeks().get(0).closing()).isEqualByComparingTo("10800.00");
        // 8–14: the bill, 3500 on the 12th: 7300.00, under the 9000 cushion from this week on
        assertThat(w.weeks().get(1).closing()).isEqualByComparingTo("7300.00");
        assertThat(w.weeks().get(1).belowCushion()).isTrue();
        assertThat(w.firstBelowCushion()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(w.weeks().get(2).closing()).isEqualByComparingTo("7300.00");
        assertThat(w.weeks().get(3).items()).isEmpty();
        // 29–31: the payroll at the month's end, 10 h × 52 / 12 × 20.00 = 866.67, and the budget's 500 of revenue
        // (no invoice on 4100), kept apart: 7300 + 500 − 866.67 = 6933.33, the month's closing balance
        assertThat(w.weeks().get(4).payments()).isEqualByComparingTo("866.67");
        assertThat(w.weeks().get(4).budgetReceipts()).isEqualByComparingTo("500");
        assertThat(w.weeks().get(4).receipts()).isEqualByComparingTo("0");
        assertThat(w.weeks().get(4).closing()).isEqualByComparingTo("6933.33");
        assertThat(CashFlow.forecast(in).months().getFirst().closing()).isEqualByComparingTo("6933.33");
    }
}
