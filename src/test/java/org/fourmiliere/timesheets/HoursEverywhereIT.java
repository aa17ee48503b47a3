package org.fourmiliere.timesheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.timesheets.internal.TimeReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * One reading of hours (ADR 0301), through the API on the real database: eligibility, the week and month views, the
 * pay report and the summaries see the same minutes per local day and per month, equal to the entries clipped to
 * each local day of America/Montreal — across midnight, month ends, year ends and both daylight-saving changes.
 */
@IntegrationTest
class HoursEverywhereIT {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    @LocalServerPort int port;
    @Autowired MemberRegistration registration;
    @Autowired AccountDirectory accounts;
    @Autowired WorkedTime workedTime;
    @Autowired TimeReports reports;

    TimeFixture fixture;
    Api admin;

    @BeforeEach
    void setUp() {
        fixture = new TimeFixture(registration, accounts, port);
        admin = new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("en");
    }

    static String entry(String activity, Instant start, Instant end, EntryKind kind) {
        return "{\"activity\":\"" + activity + "\",\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"kind\":\"" + kind + "\"}";
    }

    static JsonNode eligibilityOf(Api api, LocalDate at, long personId) {
        var r = api.get("/api/v1/eligibility?at=" + at);
        assertThat(r.status()).isEqualTo(200);
        for (JsonNode n : r.json().get("results")) if (n.get("personId").asLong() == personId) return n;
        throw new AssertionError("no eligibility result for " + personId);
    }

    /** The reproduction: an evening on the last day of January counts 240 min in January, 120 in February. */
    @Test
    void aNightAcrossAMonthsEndCountsInEachMonthForEligibility() {
        var w = fixture.worker("en");
        String a = TimeFixture.activity(w.api(), "night");
        var created = w.api().post("/api/v1/time-entries", "{\"activity\":\"" + a + "\",\"start\":\"2031-01-31T20:00-05:00\","
                + "\"end\":\"2031-02-01T02:00-05:00\",\"kind\":\"PAID\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(w.api().get("/api/v1/timesheets?from=2031-01-01&to=2031-01-31").json().get("totalMinutes").asLong()).isEqualTo(240);
        assertThat(w.api().get("/api/v1/timesheets?from=2031-02-01&to=2031-02-28").json().get("totalMinutes").asLong()).isEqualTo(120);
        JsonNode result = eligibilityOf(admin, LocalDate.of(2031, 3, 4), w.personId());
        assertThat(result.get("firstMonthMinutes").asLong()).isEqualTo(240);
        assertThat(result.get("secondMonthMinutes").asLong()).isEqualTo(120);
    }

    record Span(Instant start, Instant end, EntryKind kind) {}

    /** The expected minutes: each entry clipped to each local day it touches, whole minutes per day. */
    static Map<LocalDate, Long> clipped(List<Span> spans) {
        Map<LocalDate, Long> out = new TreeMap<>();
        for (Span s : spans) {
            for (LocalDate d = s.start().atZone(MONTREAL).toLocalDate(); d.atStartOfDay(MONTREAL).toInstant().isBefore(s.end()); d = d.plusDays(1)) {
                Instant from = max(s.start(), d.atStartOfDay(MONTREAL).toInstant());
                Instant to = min(s.end(), d.plusDays(1).atStartOfDay(MONTREAL).toInstant());
                out.merge(d, Duration.between(from, to).getSeconds() / 60, Long::sum);
            }
        }
        return out;
    }

    static Instant max(Instant a, Instant b) { return a.isAfter(b) ? a : b; }

    static Instant min(Instant a, Instant b) { return a.isBefore(b) ? a : b; }

    /**
     * Verifications whose two-month window holds a hot spot: the autumn change (first Sunday of November), the year
     * end, the spring change (second Sunday of March), and an ordinary month end.
     */
    static final List<LocalDate> VERIFICATIONS = List.of(LocalDate.of(2037, 1, 6), LocalDate.of(2037, 2, 3),
            LocalDate.of(2037, 4, 7), LocalDate.of(2037, 7, 7));

    /** Starts near the hot spots of a window (local midnights, the DST nights, the window's edges), to the second. */
    static Arbitrary<Span> spans(LocalDate asOf) {
        LocalDate first = asOf.withDayOfMonth(1).minusMonths(2);
        LocalDate last = asOf.withDayOfMonth(1).minusDays(1);
        List<LocalDate> hot = new ArrayList<>(List.of(first, first.minusDays(1), last, last.plusDays(1),
                first.plusMonths(1), first.plusMonths(1).minusDays(1)));
        // the days of the daylight-saving changes in the window, and the evenings before them
        for (var t = MONTREAL.getRules().nextTransition(first.minusDays(2).atStartOfDay(MONTREAL).toInstant());
             t != null && t.getInstant().isBefore(last.plusDays(2).atStartOfDay(MONTREAL).toInstant());
             t = MONTREAL.getRules().nextTransition(t.getInstant())) {
            LocalDate d = t.getInstant().atZone(MONTREAL).toLocalDate();
            hot.add(d);
            hot.add(d.minusDays(1));
        }
        Arbitrary<LocalDate> day = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(hot)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-1, (int) (last.toEpochDay() - first.toEpochDay()) + 1)
                        .map(i -> first.plusDays(i))));
        Arbitrary<Integer> secondOfDay = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(18 * 3600, 24 * 3600 - 1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 24 * 3600 - 1)));
        Arbitrary<Integer> length = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(60, 14 * 3600)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 50 * 3600)));
        return Combinators.combine(day, secondOfDay, length, Arbitraries.of(EntryKind.class)).as((d, s, l, k) -> {
            Instant start = LocalDateTime.of(d, java.time.LocalTime.MIDNIGHT).atZone(MONTREAL).toInstant().plusSeconds(s);
            return new Span(start, start.plusSeconds(l), k);
        });
    }

    /** Draws up to five spans and keeps those that do not overlap the ones kept before (the tracker refuses overlaps). */
    static List<Span> disjoint(List<Span> drawn) {
        List<Span> kept = new ArrayList<>();
        for (Span s : drawn) {
            if (kept.stream().noneMatch(k -> s.start().isBefore(k.end()) && k.start().isBefore(s.end()))) kept.add(s);
        }
        return kept;
    }

    @Test
    void everyReaderSeesTheMinutesOfTheEntriesClippedToEachLocalDay() {
        int tries = Integer.getInteger("hours.property.tries", 12);
        for (int t = 0; t < tries; t++) {
            LocalDate asOf = VERIFICATIONS.get(t % VERIFICATIONS.size());
            List<Span> spans = disjoint(spans(asOf).list().ofMinSize(1).ofMaxSize(5).sample());
            check(asOf, spans);
        }
    }

    private void check(LocalDate asOf, List<Span> spans) {
        var w = fixture.worker("en");
        String a = TimeFixture.activity(w.api(), "prop");
        for (Span s : spans) {
            var r = w.api().post("/api/v1/time-entries", entry(a, s.start(), s.end(), s.kind()));
            assertThat(r.status()).as("%s %s", s, r.body()).isEqualTo(201);
        }
        String context = "spans " + spans;
        Map<LocalDate, Long> expected = clipped(spans);
        expected.values().removeIf(m -> m == 0);
        Map<YearMonth, Long> expectedMonths = new TreeMap<>();
        expected.forEach((d, m) -> expectedMonths.merge(YearMonth.from(d), m, Long::sum));
        LocalDate from = asOf.withDayOfMonth(1).minusMonths(3), to = asOf.withDayOfMonth(1).plusMonths(1).minusDays(1);

        // the one reading, per day (what eligibility folds by month)
        Map<LocalDate, Long> read = new TreeMap<>(workedTime.minutes(HoursQuery.between(from, to).ofWorker(w.personId()).excludingMeetings()).byDay());
        read.values().removeIf(m -> m == 0);
        assertThat(read).as(context).isEqualTo(expected);
        HoursQuery mine = HoursQuery.between(from, to).ofWorker(w.personId());
        Map<LocalDate, Long> perDay = new TreeMap<>(workedTime.minutes(mine.perWorkerAndDay()).byDay());
        perDay.values().removeIf(m -> m == 0);
        assertThat(perDay).as(context).isEqualTo(expected);
        // the monthly rows eligibility reads, added up in the database
        Map<YearMonth, Long> monthly = new TreeMap<>(workedTime.minutes(mine.excludingMeetings().perWorkerAndMonth()).byMonth());
        monthly.values().removeIf(m -> m == 0); // an entry under a minute is kept with 0 minutes
        assertThat(monthly).as(context).isEqualTo(expectedMonths);

        // eligibility, through the API
        JsonNode e = eligibilityOf(admin, asOf, w.personId());
        YearMonth m1 = YearMonth.from(asOf).minusMonths(2), m2 = YearMonth.from(asOf).minusMonths(1);
        assertThat(e.get("firstMonthMinutes").asLong()).as(context).isEqualTo(expectedMonths.getOrDefault(m1, 0L));
        assertThat(e.get("secondMonthMinutes").asLong()).as(context).isEqualTo(expectedMonths.getOrDefault(m2, 0L));

        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            long want = expectedMonths.getOrDefault(month, 0L);
            String range = "from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
            // the month view: per day and in total
            JsonNode sheet = w.api().get("/api/v1/timesheets?" + range).json();
            assertThat(sheet.get("totalMinutes").asLong()).as(context + " " + month).isEqualTo(want);
            for (JsonNode d : sheet.get("byDay")) {
                assertThat(d.get("minutes").asLong()).as(context + " " + d).isEqualTo(expected.getOrDefault(LocalDate.parse(d.get("day").asString()), 0L));
            }
            // the pay report and the summary, for everyone, this worker's line
            long paid = 0;
            for (JsonNode l : admin.get("/api/v1/timesheets/pay?" + range).json().get("lines")) {
                if (l.get("workerId").asLong() == w.personId()) {
                    paid += l.get("paidMinutes").asLong() + l.get("volunteerMinutes").asLong() + l.get("mandatedMinutes").asLong();
                }
            }
            assertThat(paid).as(context + " pay " + month).isEqualTo(want);
            long summed = 0;
            for (JsonNode l : admin.get("/api/v1/timesheets/summary?" + range).json()) {
                if (l.get("workerId").asLong() == w.personId()) summed += l.get("minutes").asLong();
            }
            assertThat(summed).as(context + " summary " + month).isEqualTo(want);
        }
        // the week view of each week touched, and the pay report and summary of each day touched
        for (LocalDate d : expected.keySet()) {
            LocalDate monday = d.minusDays(d.getDayOfWeek().getValue() - 1);
            assertThat(reports.grid(w.personId(), monday, monday.plusDays(6)).dayTotals().get(d)).as(context + " week " + d).isEqualTo(expected.get(d));
            assertThat(reports.pay(d, d, w.personId()).totalMinutes()).as(context + " pay " + d).isEqualTo(expected.get(d));
            assertThat(reports.summary(d, d).stream().filter(l -> l.workerId() == w.personId()).mapToLong(TimeReports.SummaryLine::minutes).sum())
                    .as(context + " summary " + d).isEqualTo(expected.get(d));
        }
    }
}
