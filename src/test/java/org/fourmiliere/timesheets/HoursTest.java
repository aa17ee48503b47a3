package org.fourmiliere.timesheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fourmiliere.timesheets.internal.DaySplit;
import org.junit.jupiter.api.Test;

/**
 * The pure part of the one reading of hours: splitting an entry at local midnights equals clipping it to each local
 * day, and every fold of the per-day rows (by month, worker, kind, period) adds up to the same minutes.
 */
class HoursTest {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    record Span(long worker, Instant start, Instant end, EntryKind kind, long activity) {}

    /** Starts on the evenings before month ends, year ends and the daylight-saving changes of 2020–2040, or anywhere. */
    @Provide
    Arbitrary<List<Span>> spans() {
        List<Instant> hot = new ArrayList<>();
        for (int y = 2020; y <= 2040; y++) {
            for (int m = 1; m <= 12; m++) hot.add(LocalDate.of(y, m, 1).atStartOfDay(MONTREAL).toInstant());
        }
        var t = MONTREAL.getRules().nextTransition(Instant.parse("2020-01-01T00:00:00Z"));
        while (t.getInstant().isBefore(Instant.parse("2041-01-01T00:00:00Z"))) {
            hot.add(t.getInstant());
            t = MONTREAL.getRules().nextTransition(t.getInstant());
        }
        Arbitrary<Instant> start = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Combinators.combine(Arbitraries.of(hot), Arbitraries.longs().between(-30 * 3600, 6 * 3600))
                        .as(Instant::plusSeconds)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(Instant.parse("2020-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2040-12-31T00:00:00Z").getEpochSecond()).map(Instant::ofEpochSecond)));
        Arbitrary<Span> span = Combinators.combine(Arbitraries.longs().between(1, 4), start,
                Arbitraries.integers().between(1, 7 * 24 * 3600), Arbitraries.of(EntryKind.class), Arbitraries.longs().between(1, 3))
                .as((w, s, l, k, a) -> new Span(w, s, s.plusSeconds(l), k, a));
        return span.list().ofMaxSize(12);
    }

    static Map<LocalDate, Long> clipped(Span s) {
        Map<LocalDate, Long> out = new TreeMap<>();
        for (LocalDate d = s.start().atZone(MONTREAL).toLocalDate(); d.atStartOfDay(MONTREAL).toInstant().isBefore(s.end()); d = d.plusDays(1)) {
            Instant from = s.start().isAfter(d.atStartOfDay(MONTREAL).toInstant()) ? s.start() : d.atStartOfDay(MONTREAL).toInstant();
            Instant next = d.plusDays(1).atStartOfDay(MONTREAL).toInstant();
            Instant to = s.end().isBefore(next) ? s.end() : next;
            out.put(d, Duration.between(from, to).getSeconds() / 60);
        }
        return out;
    }

    /** The rows the time tracker keeps for these entries: DaySplit's pieces, as written to the per-day table. */
    static Hours hours(List<Span> spans) {
        List<Hours.Row> rows = new ArrayList<>();
        for (Span s : spans) {
            DaySplit.minutesPerDay(s.start(), s.end(), MONTREAL)
                    .forEach((d, m) -> rows.add(new Hours.Row(s.worker(), d, s.activity(), s.kind(), false, m)));
        }
        return new Hours(HoursQuery.between(LocalDate.of(2019, 12, 1), LocalDate.of(2041, 2, 1)), rows);
    }

    @Property(tries = 2000)
    void theMinutesOfEachDayAreTheEntriesClippedToThatLocalDay(@ForAll("spans") List<Span> spans) {
        Map<Long, Map<LocalDate, Long>> expected = new TreeMap<>();
        for (Span s : spans) {
            clipped(s).forEach((d, m) -> { if (m != 0) expected.computeIfAbsent(s.worker(), w -> new TreeMap<>()).merge(d, m, Long::sum); });
        }
        Map<Long, Map<LocalDate, Long>> read = new TreeMap<>();
        hours(spans).byWorkerAndDay().forEach((w, days) -> days.forEach((d, m) -> {
            if (m != 0) read.computeIfAbsent(w, k -> new TreeMap<>()).put(d, m);
        }));
        assertThat(read).isEqualTo(expected);
    }

    @Property(tries = 2000)
    void everyFoldAddsUpToTheSameMinutes(@ForAll("spans") List<Span> spans) {
        Hours h = hours(spans);
        Map<YearMonth, Long> monthsFromDays = new TreeMap<>();
        h.byDay().forEach((d, m) -> monthsFromDays.merge(YearMonth.from(d), m, Long::sum));
        assertThat(h.byMonth()).isEqualTo(monthsFromDays);
        Map<Long, Map<YearMonth, Long>> perWorker = h.byWorkerAndMonth();
        for (long w : h.byWorker().keySet()) {
            assertThat(perWorker.get(w)).isEqualTo(h.ofWorker(w).byMonth());
            assertThat(h.byWorker().get(w)).isEqualTo(h.ofWorker(w).total());
        }
        long total = h.total();
        assertThat(h.byKind().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        assertThat(h.byActivity().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        assertThat(h.byMonth().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        // a period's total is the sum of its days, whatever its bounds
        if (!h.rows().isEmpty()) {
            LocalDate mid = h.rows().get(0).day();
            long before = h.where(r -> r.day().isBefore(mid)).total(), after = h.where(r -> !r.day().isBefore(mid)).total();
            assertThat(before + after).isEqualTo(total);
        }
    }

    @Test
    void coarserRowsRefuseTheFoldsTheyCannotAnswer() {
        HoursQuery q = HoursQuery.between(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 2, 28));
        Hours months = new Hours(q.perWorkerAndMonth(), List.of(new Hours.Row(1, LocalDate.of(2031, 1, 1), 0, null, false, 60)));
        assertThat(months.byWorkerAndMonth()).isEqualTo(Map.of(1L, Map.of(YearMonth.of(2031, 1), 60L)));
        org.assertj.core.api.Assertions.assertThatThrownBy(months::byDay).isInstanceOf(IllegalStateException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(months::byKind).isInstanceOf(IllegalStateException.class);
        Hours period = new Hours(q.perPeriod(), List.of(new Hours.Row(1, q.from(), 7, EntryKind.PAID, false, 60)));
        assertThat(period.byActivity()).isEqualTo(Map.of(7L, 60L));
        org.assertj.core.api.Assertions.assertThatThrownBy(period::byMonth).isInstanceOf(IllegalStateException.class);
        Hours kinds = new Hours(q.perDayAndKind(), List.of(new Hours.Row(1, q.from(), 0, EntryKind.PAID, false, 60)));
        assertThat(kinds.byKind()).containsEntry(EntryKind.PAID, 60L);
        org.assertj.core.api.Assertions.assertThatThrownBy(kinds::byActivity).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theNightOfTheIssueCountsInEachMonth() {
        Instant start = Instant.parse("2031-02-01T01:00:00Z"), end = Instant.parse("2031-02-01T07:00:00Z"); // 20:00 → 02:00 EST
        Hours h = hours(List.of(new Span(1, start, end, EntryKind.PAID, 1)));
        assertThat(h.byWorkerAndMonth().get(1L)).containsEntry(YearMonth.of(2031, 1), 240L).containsEntry(YearMonth.of(2031, 2), 120L);
    }

    @Test
    void daysOfTwentyThreeAndTwentyFiveHours() {
        // 2031-03-09 and 2031-11-02 are the days of the changes in Montréal
        Instant springDay = LocalDate.of(2031, 3, 9).atStartOfDay(MONTREAL).toInstant();
        Instant autumnDay = LocalDate.of(2031, 11, 2).atStartOfDay(MONTREAL).toInstant();
        Hours h = hours(List.of(new Span(1, springDay, springDay.plus(Duration.ofHours(30)), EntryKind.PAID, 1),
                new Span(2, autumnDay, autumnDay.plus(Duration.ofHours(30)), EntryKind.PAID, 1)));
        assertThat(h.ofWorker(1).byDay()).containsEntry(LocalDate.of(2031, 3, 9), 23 * 60L).containsEntry(LocalDate.of(2031, 3, 10), 7 * 60L);
        assertThat(h.ofWorker(2).byDay()).containsEntry(LocalDate.of(2031, 11, 2), 25 * 60L).containsEntry(LocalDate.of(2031, 11, 3), 5 * 60L);
    }
}
