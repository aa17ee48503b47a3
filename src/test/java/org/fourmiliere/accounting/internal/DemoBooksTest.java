package org.fourmiliere.accounting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.fourmiliere.accounting.NewEntry;
import org.fourmiliere.accounting.Side;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.demo.DemoCast;
import org.junit.jupiter.api.Test;

/**
 * The demo collective's books of 2006–07, without a database: every entry balances and lies in the fiscal year,
 * the year's lines are the seed's income statement to the cent, the balances at its end the seed's balance sheet,
 * and the months have the report's shape (revenue every month, peaks in March, June and November).
 */
class DemoBooksTest {

    /** A cast with the organisations and freelancers the books name, as the demo's. */
    static final DemoCast CAST = new DemoCast(LocalDate.of(2007, 6, 15), "pw",
            List.of(new DemoCast.Person("claire", "Claire", "claire@example.org", "fr", "SALARIED", List.of("accounting")),
                    new DemoCast.Person("mathieu", "Mathieu", "mathieu@example.org", "fr", "FREELANCE", List.of("system-administration")),
                    new DemoCast.Person("sofia", "Sofia", "sofia@example.org", "fr", "FREELANCE", List.of("graphic-design")),
                    new DemoCast.Person("kim", "Kim", "kim@example.org", "en", "FREELANCE", List.of("web-development")),
                    new DemoCast.Person("julie", "Julie", "julie@example.org", "fr", "FREELANCE", List.of("contract-grant-research")),
                    new DemoCast.Person("patricia", "Patricia", "patricia@example.org", "fr", null, List.of()),
                    new DemoCast.Person("anne", "Anne", "anne@example.org", "fr", null, List.of()),
                    new DemoCast.Person("david", "David", "david@example.org", "en", null, List.of())),
            List.of(org("labcmo"), org("facil"), org("cmaq"), org("alternatives"), org("praxis"), org("cdec"), org("rcabm"), org("fqccl")),
            List.of(), List.of());

    private static DemoCast.Organisation org(String key) {
        return new DemoCast.Organisation(key, "Organisation " + key, "NON_PROFIT", null, true);
    }

    private static final List<NewEntry> JOURNAL = DemoBooks.journal(CAST);

    @Test
    void everyEntryBalancesAndLiesInTheFiscalYear() {
        assertThat(JOURNAL).hasSizeBetween(200, 600);
        for (NewEntry e : JOURNAL) {
            Entry checked = Entry.of(e); // refuses an unbalanced entry
            assertThat(checked.lines()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(e.date()).isBetween(DemoBooks.FIRST_DAY, DemoBooks.LAST_DAY);
            assertThat(e.description()).isNotBlank().hasSizeLessThanOrEqualTo(500);
            e.lines().forEach(l -> assertThat(l.party() == null || l.party().length() <= 100).isTrue());
        }
        assertThat(JOURNAL.getFirst().description()).contains("ouverture");
        assertThat(JOURNAL).isSortedAccordingTo(Comparator.comparing(NewEntry::date));
    }

    @Test
    void theYearsLinesAreTheSeedsIncomeStatementToTheCent() {
        Map<String, BigDecimal> year = new TreeMap<>();
        for (NewEntry e : JOURNAL) {
            for (NewEntry.Line l : e.lines()) {
                if (l.account().startsWith("4") || l.account().startsWith("5")) {
                    BigDecimal signed = l.side() == Side.DEBIT ? l.amount().amount() : l.amount().amount().negate();
                    year.merge(l.account(), l.account().startsWith("4") ? signed.negate() : signed, BigDecimal::add);
                }
            }
        }
        Map<String, BigDecimal> seed = new TreeMap<>();
        DemoBooks.INCOME_STATEMENT.forEach((code, amount) -> seed.put(code, amount.amount()));
        assertThat(year).isEqualTo(seed);
        BigDecimal revenue = sum(seed, "4"), expenses = sum(seed, "5");
        assertThat(revenue).isEqualByComparingTo("216367.83");
        assertThat(expenses).isEqualByComparingTo("203037.01");
        assertThat(revenue.subtract(expenses)).isEqualByComparingTo("13330.82");
    }

    @Test
    void theBalancesAtTheYearsEndAreTheSeedsBalanceSheet() {
        Map<String, BigDecimal> balances = new TreeMap<>();
        for (NewEntry e : JOURNAL) {
            for (NewEntry.Line l : e.lines()) {
                if (l.account().compareTo("4") < 0) balances.merge(l.account(), signed(l), BigDecimal::add);
            }
        }
        balances.values().removeIf(b -> b.signum() == 0);
        Map<String, BigDecimal> expected = new TreeMap<>();
        DemoBooks.BALANCE_SHEET.forEach((code, amount) -> expected.put(code, amount.amount()));
        expected.put("3100", DemoBooks.RETAINED_EARNINGS.amount().negate());
        assertThat(balances).isEqualTo(expected);
        BigDecimal assets = sum(expected, "1"), liabilities = sum(expected, "2").negate();
        assertThat(assets).isEqualByComparingTo("61286.63");
        assertThat(liabilities).isEqualByComparingTo("20629.13");
        assertThat(assets.subtract(liabilities)).isEqualByComparingTo("40657.50")
                .isEqualByComparingTo(DemoBooks.RETAINED_EARNINGS.amount().add(new BigDecimal("13330.82")));
    }

    @Test
    void revenueComesEveryMonthWithPeaksInMarchThenJuneThenNovember() {
        Map<YearMonth, BigDecimal> revenue = new TreeMap<>();
        for (NewEntry e : JOURNAL) {
            for (NewEntry.Line l : e.lines()) {
                if (l.account().startsWith("4")) revenue.merge(YearMonth.from(e.date()), signed(l).negate(), BigDecimal::add);
            }
        }
        assertThat(revenue).hasSize(12);
        assertThat(revenue.values()).allSatisfy(r -> assertThat(r).isPositive());
        List<YearMonth> byRevenue = new ArrayList<>(revenue.keySet());
        byRevenue.sort(Comparator.comparing(revenue::get).reversed());
        assertThat(byRevenue.subList(0, 3)).containsExactly(YearMonth.of(2007, 3), YearMonth.of(2007, 6), YearMonth.of(2006, 11));
    }

    @Test
    void theBankIsNeverOverdrawnAndTheFloatsStayPositive() {
        Map<String, BigDecimal> running = new HashMap<>();
        Map<String, BigDecimal> lowest = new HashMap<>();
        LocalDate day = null;
        for (NewEntry e : JOURNAL) {
            if (day != null && !e.date().equals(day)) lowest(running, lowest);
            day = e.date();
            for (NewEntry.Line l : e.lines()) running.merge(l.account(), signed(l), BigDecimal::add);
        }
        lowest(running, lowest);
        for (String cash : List.of("1010", "1020", "1030", "1200")) {
            assertThat(lowest.get(cash)).as("lowest balance of " + cash).isNotNegative();
        }
    }

    private static void lowest(Map<String, BigDecimal> running, Map<String, BigDecimal> lowest) {
        running.forEach((account, b) -> lowest.merge(account, b, BigDecimal::min));
    }

    @Test
    void theSameCastGivesTheSameJournal() {
        assertThat(DemoBooks.journal(CAST)).isEqualTo(JOURNAL);
    }

    // ------------------------------------------------------------ the helpers' rules

    @Property
    void aSpreadAddsBackToItsTotal(@ForAll @LongRange(min = 0, max = 100_000_000) long cents,
                                   @ForAll("weights") long[] weights) {
        Money total = Money.ofMinor(cents, Money.CAD);
        List<Money> parts = DemoBooks.spread(total, weights);
        assertThat(parts).hasSize(12);
        assertThat(parts.stream().reduce(Money.zero(Money.CAD), Money::plus)).isEqualTo(total);
        for (int m = 0; m < 12; m++) {
            if (weights[m] == 0) assertThat(parts.get(m).isZero()).isTrue();
            assertThat(parts.get(m).isNegative()).isFalse();
        }
    }

    @Provide
    Arbitrary<long[]> weights() {
        return Arbitraries.longs().between(0, 40).array(long[].class).ofSize(12).filter(w -> java.util.Arrays.stream(w).sum() > 0);
    }

    @Property
    void theLatestDocumentsAreTheOnesStillOwed(@ForAll @Size(min = 1, max = 30) List<@IntRange(min = 1, max = 1_000_000) Integer> cents,
                                               @ForAll @IntRange(min = 0, max = 1000) int permille) {
        List<Money> amounts = cents.stream().map(c -> Money.ofMinor(c, Money.CAD)).toList();
        Money total = amounts.stream().reduce(Money.zero(Money.CAD), Money::plus);
        Money owed = total.multipliedBy(BigDecimal.valueOf(permille, 3), java.math.RoundingMode.DOWN);
        List<Money> unpaid = DemoBooks.unpaidParts(amounts, owed);
        assertThat(unpaid.stream().reduce(Money.zero(Money.CAD), Money::plus)).isEqualTo(owed);
        int partly = 0;
        boolean owedBefore = false;
        for (int i = 0; i < amounts.size(); i++) {
            Money u = unpaid.get(i);
            assertThat(u.isNegative()).isFalse();
            assertThat(u.compareTo(amounts.get(i))).isLessThanOrEqualTo(0);
            if (u.isPositive() && u.compareTo(amounts.get(i)) < 0) partly++;
            if (owedBefore) assertThat(u).as("owed in full after an owed one").isEqualTo(amounts.get(i));
            owedBefore |= u.isPositive();
        }
        assertThat(partly).isLessThanOrEqualTo(1);
    }

    @Test
    void moreOwedThanInvoicedIsRefused() {
        assertThatThrownBy(() -> DemoBooks.unpaidParts(List.of(Money.cad("10.00")), Money.cad("10.01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BigDecimal signed(NewEntry.Line l) {
        return l.side() == Side.DEBIT ? l.amount().amount() : l.amount().amount().negate();
    }

    private static BigDecimal sum(Map<String, BigDecimal> m, String prefix) {
        return m.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
