package org.fourmiliere.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fourmiliere.accounting.internal.LedgerText;
import org.fourmiliere.accounting.internal.LedgerText.Posting;
import org.fourmiliere.accounting.internal.LedgerText.Transaction;
import org.junit.jupiter.api.Test;

/** Reading and writing the plain-text journal of hledger and ledger-cli. */
class LedgerTextTest {

    static List<Transaction> read(String text, List<LedgerText.Problem> problems) {
        List<Transaction> out = new ArrayList<>();
        problems.addAll(LedgerText.read(new BufferedReader(new StringReader(text)), out::add, null));
        return out;
    }

    static String write(List<Transaction> txns) {
        StringWriter w = new StringWriter();
        for (Transaction t : txns) LedgerText.write(w, t.date(), t.reference(), t.description(), t.postings());
        return w.toString();
    }

    /** What matters of a transaction, without line numbers. */
    static List<String> meaning(List<Transaction> txns) {
        List<String> out = new ArrayList<>();
        for (Transaction t : txns) {
            StringBuilder b = new StringBuilder().append(t.date()).append('|').append(t.reference()).append('|').append(t.description());
            for (Posting p : t.postings()) {
                b.append('|').append(p.account()).append('=').append(p.amount().setScale(2).toPlainString())
                        .append('/').append(p.department()).append('/').append(p.party());
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void readsTheSubsetOfTheBenchmarkJournalAndOpeningBalances() {
        String text = """
                ; a comment
                account Assets:Compte chèque
                commodity 1,000.00 CAD

                2004/09/01 * (OB) Solde d'ouverture
                    Assets:Compte chèque  $5,000.00 = $5,000.00
                    Equity:Solde d'ouverture

                2004-09-10 Facture F0000524 Org0041  ; a note
                    Assets:Comptes clients  1087.28 CAD  ; party:Org0041
                    Revenues:Webdev  -945.25 CAD
                    Liabilities:TPS à payer  CAD -66.17
                    Liabilities:TVQ à payer  -75.86 CAD
                """;
        List<LedgerText.Problem> problems = new ArrayList<>();
        List<Transaction> txns = read(text, problems);
        assertThat(problems).isEmpty();
        assertThat(txns).hasSize(2);
        assertThat(txns.get(0).reference()).isEqualTo("OB");
        assertThat(txns.get(0).postings().get(1).amount()).isEqualByComparingTo("-5000.00");
        assertThat(txns.get(1).line()).isEqualTo(9);
        assertThat(txns.get(1).postings().get(0).party()).isEqualTo("Org0041");
        assertThat(txns.get(1).postings().get(2).amount()).isEqualByComparingTo("-66.17");
    }

    @Test
    void problemsAreNamedByLineAndNothingIsGivenOnceOneIsFound() {
        String text = """
                2004-09-01 Good
                    Assets:A  1.00 CAD
                    Equity:B  -1.00 CAD

                2004-13-01 Bad date
                    Assets:A  1.00 CAD
                    Equity:B  -1.00 CAD

                2004-09-02 Unbalanced
                    Assets:A  1.00 CAD
                    Equity:B  -0.99 CAD

                2004-09-03 Other money
                    Assets:A  1.00 EUR
                    Equity:B
                """;
        List<LedgerText.Problem> problems = new ArrayList<>();
        read(text, problems);
        assertThat(problems).extracting(LedgerText.Problem::line).containsExactly(5, 9, 14);
        assertThat(problems).extracting(LedgerText.Problem::key)
                .containsExactly("books.import.bad-date", "books.import.unbalanced", "books.import.bad-amount");
        assertThat(problems.get(1).detail()).isEqualTo("0.01");
    }

    /** Written then read back, any journal means the same: dates, codes, descriptions, accounts, amounts, tags. */
    @Property(tries = 200)
    void writtenThenReadIsEquivalent(@ForAll("journals") List<Transaction> journal) {
        List<LedgerText.Problem> problems = new ArrayList<>();
        List<Transaction> back = read(write(journal), problems);
        assertThat(problems).isEmpty();
        assertThat(meaning(back)).isEqualTo(meaning(journal));
        // and a second round trip changes nothing in the text
        assertThat(write(back)).isEqualTo(write(journal));
    }

    @Provide
    Arbitrary<List<Transaction>> journals() {
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
        Arbitrary<String> word = Arbitraries.strings().withChars("abcdéèçàôABCXYZ0123456789'-").ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> description = word.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l));
        Arbitrary<String> reference = Arbitraries.strings().withChars("ABCF0123456789-").ofMinLength(1).ofMaxLength(8).injectNull(0.5);
        Arbitrary<String> account = Combinators.combine(
                Arbitraries.of("Assets", "Liabilities", "Equity", "Revenues", "Expenses"),
                word.list().ofMinSize(0).ofMaxSize(2)).as((top, rest) -> rest.isEmpty() ? top : top + ":" + String.join(" ", rest));
        Arbitrary<String> tag = Arbitraries.strings().withChars("ABCDEFGHIJ0123456789").ofMinLength(1).ofMaxLength(8).injectNull(0.6);
        Arbitrary<Posting> posting = Combinators.combine(account,
                Arbitraries.longs().between(-99_999_999L, 99_999_999L).map(v -> BigDecimal.valueOf(v, 2)), tag, tag)
                .as((a, amount, dept, party) -> new Posting(0, a, amount, dept, party));
        Arbitrary<Transaction> txn = Combinators.combine(date, reference, description, posting.list().ofMinSize(1).ofMaxSize(5))
                .as((d, r, desc, ps) -> {
                    BigDecimal sum = ps.stream().map(Posting::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                    List<Posting> all = new ArrayList<>(ps);
                    all.add(new Posting(0, "Equity:Balance", sum.negate().setScale(2), null, null));
                    return new Transaction(0, d, r, desc, all);
                });
        return txn.list().ofMaxSize(20);
    }
}
