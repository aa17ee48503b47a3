package org.fourmiliere.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fourmiliere.accounting.internal.Entry;
import org.fourmiliere.accounting.internal.EntryLine;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.junit.jupiter.api.Test;

/** The rules of a journal entry: it balances to the cent; a correction is a reversing entry. */
class EntryTest {

    private static final LocalDate DAY = LocalDate.of(2007, 3, 1);

    @Test
    void anUnbalancedEntryIsRefusedWithTheDifference() {
        assertThatThrownBy(() -> Entry.of(DAY, "Loyer", null, List.of(
                new EntryLine("5420", new BigDecimal("260.00"), null, null),
                new EntryLine("1010", new BigDecimal("-259.99"), null, null)), null))
                .isInstanceOf(Problems.InvalidInput.class)
                .satisfies(e -> {
                    Problems.InvalidInput p = (Problems.InvalidInput) e;
                    assertThat(p.messageKey()).isEqualTo("books.entry.unbalanced");
                    assertThat(p.args()).containsExactly("0.01");
                    assertThat(p.field()).isEqualTo("lines");
                });
    }

    @Test
    void aReversalIsDescribedByItsOriginalUnlessGivenADescription() {
        assertThat(Entry.reversalDescription(12, "Loyer", null)).isEqualTo("↺ #12 Loyer");
        assertThat(Entry.reversalDescription(12, "Loyer", " ")).isEqualTo("↺ #12 Loyer");
        assertThat(Entry.reversalDescription(12, "Loyer", "Erreur de compte")).isEqualTo("Erreur de compte");
        assertThat(Entry.reversalDescription(12, "x".repeat(500), null)).hasSize(500).startsWith("↺ #12 x");
    }

    @Test
    void fractionsOfACentAndSingleLinesAreRefused() {
        assertThatThrownBy(() -> Entry.of(DAY, "x", null, List.of(
                new EntryLine("5420", new BigDecimal("1.005"), null, null),
                new EntryLine("1010", new BigDecimal("-1.005"), null, null)), null))
                .hasMessage("books.entry.cents");
        assertThatThrownBy(() -> Entry.of(DAY, "x", null, List.of(new EntryLine("5420", BigDecimal.ONE, null, null)), null))
                .hasMessage("books.entry.two-lines");
    }

    @Test
    void fromTheCommandDebitsArePositiveAndCreditsNegative() {
        Entry e = Entry.of(new NewEntry(DAY, "Facture", "F1", List.of(
                new NewEntry.Line("1200", Side.DEBIT, Money.cad("114.98"), null, "Org1"),
                new NewEntry.Line("4001", Side.CREDIT, Money.cad("100"), "WEBDEV", "Org1"),
                new NewEntry.Line("2310", Side.CREDIT, Money.cad("6"), null, null),
                new NewEntry.Line("2320", Side.CREDIT, Money.cad("8.98"), null, null))));
        assertThat(e.total()).isEqualByComparingTo("114.98");
        assertThat(e.lines().get(1).amount()).isEqualByComparingTo("-100.00");
        assertThatThrownBy(() -> Entry.of(new NewEntry(DAY, "x", null, List.of(
                new NewEntry.Line("1200", Side.DEBIT, Money.cad("-1"), null, null),
                new NewEntry.Line("4001", Side.CREDIT, Money.cad("-1"), null, null)))))
                .hasMessage("books.entry.amount-positive");
    }

    @Test
    void theJournalIsKeptInCanadianDollarsOnly() {
        assertThatThrownBy(() -> Entry.of(new NewEntry(DAY, "x", null, List.of(
                new NewEntry.Line("1200", Side.DEBIT, Money.of(new BigDecimal("5"), java.util.Currency.getInstance("EUR")), null, null),
                new NewEntry.Line("4001", Side.CREDIT, Money.cad("5"), null, null)))))
                .hasMessage("books.entry.currency");
    }

    // ---------------------------------------------------------------- properties

    sealed interface Op permits PostOp, ReverseOp {}

    record PostOp(List<EntryLine> lines) implements Op {}

    record ReverseOp(int which) implements Op {}

    /**
     * Any sequence of postings and reversals keeps the trial balance at zero, never changes an entry once
     * posted, and reverses each entry at most once with a link to it.
     */
    @Property(tries = 300)
    void postingsAndReversalsKeepTheTrialBalanceAtZero(@ForAll("operations") List<Op> ops) {
        List<Entry> journal = new ArrayList<>();
        List<String> snapshots = new ArrayList<>();
        Map<Integer, Integer> reversedBy = new HashMap<>();
        for (Op op : ops) {
            switch (op) {
                case PostOp p -> {
                    Entry e = Entry.of(DAY, "entry " + journal.size(), null, p.lines(), null);
                    journal.add(e);
                    snapshots.add(e.toString());
                }
                case ReverseOp r -> {
                    if (journal.isEmpty()) continue;
                    int target = r.which() % journal.size();
                    if (reversedBy.containsKey(target) || journal.get(target).reverses() != null) continue;
                    Entry reversal = journal.get(target).reversal(target, DAY.plusDays(1), "reversal");
                    Entry checked = Entry.of(reversal.date(), reversal.description(), reversal.reference(),
                            reversal.lines(), reversal.reverses());
                    journal.add(checked);
                    snapshots.add(checked.toString());
                    reversedBy.put(target, journal.size() - 1);
                }
            }
            Map<String, BigDecimal> trial = new HashMap<>();
            for (Entry e : journal) for (EntryLine l : e.lines()) trial.merge(l.account(), l.amount(), BigDecimal::add);
            assertThat(trial.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("0");
            for (int i = 0; i < journal.size(); i++) assertThat(journal.get(i).toString()).isEqualTo(snapshots.get(i));
        }
        // an entry and its reversal cancel out, account by account
        reversedBy.forEach((original, reversal) -> {
            Map<String, BigDecimal> both = new HashMap<>();
            for (Entry e : List.of(journal.get(original), journal.get(reversal))) {
                for (EntryLine l : e.lines()) both.merge(l.account(), l.amount(), BigDecimal::add);
            }
            assertThat(both.values()).allSatisfy(v -> assertThat(v).isEqualByComparingTo("0"));
            assertThat(journal.get(reversal).reverses()).isEqualTo((long) original);
        });
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> post = balancedLines().map(PostOp::new);
        Arbitrary<Op> reverse = Arbitraries.integers().between(0, 1000).map(ReverseOp::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, post), net.jqwik.api.Tuple.of(1, reverse))
                .list().ofMaxSize(30);
    }

    static Arbitrary<List<EntryLine>> balancedLines() {
        Arbitrary<String> account = Arbitraries.of("1010", "1200", "2310", "4001", "5420", "5100");
        Arbitrary<BigDecimal> cents = Arbitraries.longs().between(-10_000_000, 10_000_000).filter(v -> v != 0)
                .map(v -> BigDecimal.valueOf(v, 2));
        Arbitrary<EntryLine> line = Combinators.combine(account, cents).as((a, c) -> new EntryLine(a, c, null, null));
        return line.list().ofMinSize(1).ofMaxSize(6).map(lines -> {
            BigDecimal sum = lines.stream().map(EntryLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<EntryLine> all = new ArrayList<>(lines);
            all.add(new EntryLine("1010", sum.signum() == 0 ? new BigDecimal("0.00") : sum.negate(), null, null));
            return all;
        });
    }

    /** Any unbalanced set of lines is refused, and the message gives the exact difference. */
    @Property(tries = 200)
    void unbalancedLinesAreAlwaysRefused(@ForAll("balanced") List<EntryLine> lines,
                                         @ForAll("offsets") BigDecimal offset) {
        List<EntryLine> off = new ArrayList<>(lines);
        EntryLine last = off.removeLast();
        off.add(new EntryLine(last.account(), last.amount().add(offset), null, null));
        assertThatThrownBy(() -> Entry.of(DAY, "x", null, off, null))
                .isInstanceOfSatisfying(Problems.InvalidInput.class,
                        p -> assertThat(new BigDecimal((String) p.args()[0])).isEqualByComparingTo(offset));
    }

    @Provide
    Arbitrary<List<EntryLine>> balanced() {
        return balancedLines();
    }

    @Provide
    Arbitrary<BigDecimal> offsets() {
        return Arbitraries.longs().between(-100_000, 100_000).filter(v -> v != 0).map(v -> BigDecimal.valueOf(v, 2));
    }
}
