package org.fourmiliere.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.fourmiliere.accounting.internal.Entry;
import org.fourmiliere.accounting.internal.EntryLine;
import org.fourmiliere.accounting.internal.JournalService;
import org.fourmiliere.accounting.internal.Reports;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.Years;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journal property on the real database: random sequences of postings and reversals (drawn with jqwik's
 * generators) keep the trial balance at zero, never change an entry once posted, and the monthly totals
 * agree with the postings.
 */
@IntegrationTest
class JournalPropertyIT {

    @Autowired
    JournalService journal;

    @Autowired
    Reports reports;

    @Test
    void randomPostingsAndReversalsKeepTheBooksBalanced() {
        int year = Years.fresh();
        Arbitrary<List<EntryLine>> lines = EntryTest.balancedLines()
                .filter(ls -> ls.stream().allMatch(l -> l.amount().signum() != 0));
        Arbitrary<Integer> choice = Arbitraries.integers().between(0, 9);
        List<List<EntryLine>> drawn = lines.sampleStream().limit(60).toList();
        List<Integer> choices = choice.sampleStream().limit(60).toList();
        LocalDate day = LocalDate.of(year, 1, 1);
        List<Long> ids = new ArrayList<>();
        Map<Long, JournalService.EntryView> firstSeen = new HashMap<>();
        Map<Long, Long> reversals = new HashMap<>();
        for (int i = 0; i < drawn.size(); i++) {
            LocalDate date = day.plusDays(i * 5L);
            long id;
            if (choices.get(i) < 3 && !ids.isEmpty()) {
                long target = ids.get(choices.get(i) * 7 % ids.size());
                if (reversals.containsKey(target) || reversals.containsValue(target)) continue;
                id = journal.reverse(target, date);
                reversals.put(target, id);
            } else {
                id = journal.post(Entry.of(date, "property " + i, null, drawn.get(i), null));
            }
            ids.add(id);
            firstSeen.put(id, journal.entry(id).orElseThrow());
            var tb = reports.trialBalance(date, Locale.ENGLISH);
            assertThat(tb.totalDebit()).isEqualByComparingTo(tb.totalCredit());
        }
        for (long id : ids) {
            var now = journal.entry(id).orElseThrow();
            var then = firstSeen.get(id);
            assertThat(now.lines()).isEqualTo(then.lines());
            assertThat(now.date()).isEqualTo(then.date());
            assertThat(now.total()).isEqualByComparingTo(then.total());
        }
        reversals.forEach((original, reversal) -> {
            assertThat(journal.entry(original).orElseThrow().reversedBy()).isEqualTo(reversal);
            assertThat(journal.entry(reversal).orElseThrow().reverses()).isEqualTo(original);
        });
        // a mid-month period read from the monthly totals and the postings equals the sum of the postings
        LocalDate from = LocalDate.of(year, 1, 17), to = LocalDate.of(year, 9, 12);
        BigDecimal fromReports = reports.incomeStatement(from, to, Locale.ENGLISH).profit();
        BigDecimal fromLines = BigDecimal.ZERO;
        for (long id : ids) {
            var e = journal.entry(id).orElseThrow();
            if (e.date().isBefore(from) || e.date().isAfter(to)) continue;
            for (var l : e.lines()) {
                var type = l.account().type();
                if (type == AccountType.REVENUE || type == AccountType.EXPENSE) fromLines = fromLines.subtract(l.amount());
            }
        }
        assertThat(fromReports).isEqualByComparingTo(fromLines);
    }
}
