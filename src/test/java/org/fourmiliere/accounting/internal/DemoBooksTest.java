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

    // ------------------------------------------------------------ beside what another module posted

    /**
     * What the sales demo posts, as its documents would: invoices with GST and QST, a payment, a credit note and a
     * write-off in February 2007, two invoices still owed at the year's end.
     */
    private static final List<NewEntry> SALES = List.of(
            sale(LocalDate.of(2006, 10, 2), "4003", "1000.00"),
            sale(LocalDate.of(2006, 10, 16), "4001", "2400.00"),
            sale(LocalDate.of(2007, 3, 5), "4004", "780.00"),
            sale(LocalDate.of(2007, 6, 11), "4001", "1300.00"),
            creditNote(LocalDate.of(2007, 3, 30), "4001", "110.00"),
            payment(LocalDate.of(2006, 12, 15), "2734.80"),
            writeOff(LocalDate.of(2007, 2, 28), "1000.00"));

    private static final List<NewEntry> BESIDE_SALES = DemoBooks.journal(CAST, posted(SALES));

    @Test
    void besideWhatIsPostedAlreadyTheYearIsStillTheReportToTheCent() {
        List<NewEntry> all = new ArrayList<>(SALES);
        all.addAll(BESIDE_SALES);
        Map<String, BigDecimal> balances = new TreeMap<>();
        for (NewEntry e : all) {
            Entry.of(e);
            for (NewEntry.Line l : e.lines()) balances.merge(l.account(), signed(l), BigDecimal::add);
        }
        balances.values().removeIf(b -> b.signum() == 0);
        Map<String, BigDecimal> expected = new TreeMap<>();
        DemoBooks.BALANCE_SHEET.forEach((code, amount) -> expected.put(code, amount.amount()));
        expected.put("3100", DemoBooks.RETAINED_EARNINGS.amount().negate());
        DemoBooks.INCOME_STATEMENT.forEach((code, amount) -> expected.put(code, code.startsWith("4") ? amount.amount().negate() : amount.amount()));
        assertThat(balances).isEqualTo(expected);

        // each month's revenue is the one of the books alone: the sales' revenue took the place of the journal's own
        assertThat(revenueByMonth(all)).isEqualTo(revenueByMonth(JOURNAL));
    }

    @Test
    void aBadDebtPostedAlreadyReducesTheOldInvoicesWrittenOffThatMonth() {
        BigDecimal ownBadDebts = BESIDE_SALES.stream().flatMap(e -> e.lines().stream()).filter(l -> l.account().equals("5500"))
                .map(DemoBooksTest::signed).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(ownBadDebts).isEqualByComparingTo(DemoBooks.INCOME_STATEMENT.get("5500").amount().subtract(new BigDecimal("1000.00")));
        NewEntry opening = BESIDE_SALES.getFirst();
        BigDecimal openingReceivables = opening.lines().stream().filter(l -> l.account().equals("1200")).map(DemoBooksTest::signed)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        NewEntry alone = JOURNAL.getFirst();
        BigDecimal aloneReceivables = alone.lines().stream().filter(l -> l.account().equals("1200")).map(DemoBooksTest::signed)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(aloneReceivables.subtract(openingReceivables)).isEqualByComparingTo("1000.00");
    }

    @Test
    void postingsTheJournalCannotMakeRoomForAreRefused() {
        // no training is invoiced in January in the report's year
        assertThatThrownBy(() -> DemoBooks.journal(CAST, posted(List.of(sale(LocalDate.of(2007, 1, 15), "4006", "100.00")))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("4006");
        // no old invoice is written off in December
        assertThatThrownBy(() -> DemoBooks.journal(CAST, posted(List.of(
                sale(LocalDate.of(2006, 10, 2), "4003", "100.00"), writeOff(LocalDate.of(2006, 12, 20), "100.00")))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2006-12");
        assertThatThrownBy(() -> DemoBooks.journal(CAST, posted(List.of(sale(LocalDate.of(2007, 9, 1), "4001", "100.00")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static NewEntry sale(LocalDate date, String revenue, String net) {
        Money n = Money.cad(net), gst = DemoBooks.gst(n), qst = DemoBooks.qst(n);
        return new NewEntry(date, "Facture", null, List.of(
                new NewEntry.Line("1200", Side.DEBIT, n.plus(gst).plus(qst), null, "Client"),
                new NewEntry.Line(revenue, Side.CREDIT, n, null, "Client"),
                new NewEntry.Line("2310", Side.CREDIT, gst, null, null),
                new NewEntry.Line("2320", Side.CREDIT, qst, null, null)));
    }

    private static NewEntry creditNote(LocalDate date, String revenue, String net) {
        NewEntry s = sale(date, revenue, net);
        return new NewEntry(date, "Note de crédit", null, s.lines().stream()
                .map(l -> new NewEntry.Line(l.account(), l.side() == Side.DEBIT ? Side.CREDIT : Side.DEBIT, l.amount(), null, l.party()))
                .toList());
    }

    private static NewEntry payment(LocalDate date, String amount) {
        return new NewEntry(date, "Paiement", null, List.of(new NewEntry.Line("1010", Side.DEBIT, Money.cad(amount), null, "Client"),
                new NewEntry.Line("1200", Side.CREDIT, Money.cad(amount), null, "Client")));
    }

    private static NewEntry writeOff(LocalDate date, String net) {
        Money n = Money.cad(net), gst = DemoBooks.gst(n), qst = DemoBooks.qst(n);
        return new NewEntry(date, "Radiation", null, List.of(new NewEntry.Line("5500", Side.DEBIT, n, null, "Client"),
                new NewEntry.Line("2310", Side.DEBIT, gst, null, null), new NewEntry.Line("2320", Side.DEBIT, qst, null, null),
                new NewEntry.Line("1200", Side.CREDIT, n.plus(gst).plus(qst), null, "Client")));
    }

    /** The entries as the books' demo reads them back: each account's signed sum per day. */
    private static List<DemoBooks.Posted> posted(List<NewEntry> entries) {
        Map<String, Map<LocalDate, BigDecimal>> sums = new TreeMap<>();
        for (NewEntry e : entries) {
            for (NewEntry.Line l : e.lines()) sums.computeIfAbsent(l.account(), a -> new TreeMap<>()).merge(e.date(), signed(l), BigDecimal::add);
        }
        List<DemoBooks.Posted> out = new ArrayList<>();
        sums.forEach((account, days) -> days.forEach((day, amount) -> out.add(new DemoBooks.Posted(day, account, Money.cad(amount)))));
        return out;
    }

    private static Map<YearMonth, BigDecimal> revenueByMonth(List<NewEntry> entries) {
        Map<YearMonth, BigDecimal> revenue = new TreeMap<>();
        for (NewEntry e : entries) {
            for (NewEntry.Line l : e.lines()) {
                if (l.account().startsWith("4")) revenue.merge(YearMonth.from(e.date()), signed(l).negate(), BigDecimal::add);
            }
        }
        return revenue;
    }

    private static BigDecimal signed(NewEntry.Line l) {
        return l.side() == Side.DEBIT ? l.amount().amount() : l.amount().amount().negate();
    }

    private static BigDecimal sum(Map<String, BigDecimal> m, String prefix) {
        return m.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
