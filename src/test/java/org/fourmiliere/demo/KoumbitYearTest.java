package org.fourmiliere.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.fourmiliere.shared.demo.DemoCast;
import org.fourmiliere.shared.demo.DemoYear;
import org.fourmiliere.shared.demo.DemoYear.Sitting;
import org.fourmiliere.shared.demo.DemoYear.Work;
import org.junit.jupiter.api.Test;

/**
 * The year of the demo collective, checked as a plan, without a database: the work never overlaps a meeting the
 * worker attended nor other work, every worker works every month and in the demo's last week, and the hours and
 * attendance give the eligibility story the verifications are to find (the bylaw's three criteria, §4).
 */
class KoumbitYearTest {

    static final LocalDate TODAY = LocalDate.of(2007, 6, 15);
    final DemoCast cast = Koumbit2007.cast(TODAY);
    final DemoYear year = cast.year();

    @Test
    void aWorkersBlocksNeverOverlapTheMeetingsTheyAttendNorEachOther() {
        Map<String, List<Interval>> byPerson = new HashMap<>();
        for (Work w : year.work()) {
            assertThat(w.end()).isAfter(w.start());
            byPerson.computeIfAbsent(w.person(), k -> new ArrayList<>()).add(new Interval(w.day(), w.start(), w.end(), "work " + w));
        }
        for (Sitting s : year.sittings()) {
            for (String p : s.attendance().keySet()) {
                if (s.present(p)) byPerson.computeIfAbsent(p, k -> new ArrayList<>()).add(new Interval(s.day(), s.start(), s.end(), "meeting " + s.body()));
            }
        }
        byPerson.forEach((person, intervals) -> {
            intervals.sort((a, b) -> a.day.equals(b.day) ? a.start.compareTo(b.start) : a.day.compareTo(b.day));
            for (int i = 1; i < intervals.size(); i++) {
                Interval prev = intervals.get(i - 1), cur = intervals.get(i);
                if (prev.day.equals(cur.day)) {
                    assertThat(cur.start).as("%s: %s overlaps %s", person, cur.what, prev.what).isAfterOrEqualTo(prev.end);
                }
            }
        });
    }

    record Interval(LocalDate day, LocalTime start, LocalTime end, String what) {}

    @Test
    void everyWorkerWorksEveryMonthAndInTheDemosLastWeekButNeverAfterToday() {
        assertThat(year.work()).allSatisfy(w -> assertThat(w.day()).isBeforeOrEqualTo(TODAY));
        for (DemoCast.Person p : cast.workers()) {
            Set<YearMonth> months = year.work().stream().filter(w -> w.person().equals(p.key()))
                    .map(w -> YearMonth.from(w.day())).collect(Collectors.toSet());
            for (YearMonth m = YearMonth.of(2006, 6); !m.isAfter(YearMonth.of(2007, 6)); m = m.plusMonths(1)) {
                assertThat(months).as("%s in %s", p.key(), m).contains(m);
            }
            assertThat(year.work()).as(p.key() + " in the week of 2007-06-11")
                    .anyMatch(w -> w.person().equals(p.key()) && !w.day().isBefore(LocalDate.of(2007, 6, 11))
                            && w.day().isBefore(TODAY));
        }
        assertThat(year.work().stream().map(Work::kind).distinct()).containsExactlyInAnyOrder("PAID", "VOLUNTEER", "MANDATED_UNPAID");
        assertThat(year.work()).allSatisfy(w -> {
            if (w.billable()) assertThat(w.activity()).startsWith("contrat-");
        });
        Set<String> codes = year.activities().stream().map(DemoYear.Activity::code).collect(Collectors.toSet());
        assertThat(year.work()).allSatisfy(w -> assertThat(codes).contains(w.activity()));
    }

    @Test
    void aYearOfMeetingsWithAttendanceAndMeetingsToComeToTheEndOfAugust() {
        List<Sitting> held = year.sittings().stream().filter(Sitting::held).toList();
        assertThat(held).hasSizeGreaterThanOrEqualTo(60);
        assertThat(held).allSatisfy(s -> assertThat(s.day()).isBetween(LocalDate.of(2006, 6, 1), TODAY));
        assertThat(held.stream().map(Sitting::type).distinct())
                .containsExactlyInAnyOrder("PRODUCTION", "REFLECTION", "COMMITTEE", "BOARD", "GENERAL_ASSEMBLY");
        assertThat(held).anyMatch(s -> s.type().equals("GENERAL_ASSEMBLY") && s.day().equals(LocalDate.of(2006, 10, 20)));
        List<Sitting> coming = year.sittings().stream().filter(s -> s.day().isAfter(TODAY)).toList();
        assertThat(coming).isNotEmpty().allSatisfy(s -> assertThat(s.attendance()).isEmpty());
        assertThat(coming.getLast().day()).isBetween(LocalDate.of(2007, 8, 20), LocalDate.of(2007, 8, 31));
        for (DemoCast.Body b : cast.bodies()) {
            if (b.kind().equals("COMMITTEE") && !b.code().equals("production")) {
                assertThat(held).as(b.code()).filteredOn(s -> s.body().equals(b.code())).hasSizeGreaterThanOrEqualTo(4);
            }
        }
    }

    @Test
    void theHoursAndAttendanceTellTheEligibilityStory() {
        List<LocalDate> verifications = verificationDays();
        assertThat(verifications).startsWith(LocalDate.of(2006, 8, 1)).endsWith(LocalDate.of(2007, 6, 5)).hasSize(11);
        for (LocalDate v : verifications) {
            for (DemoCast.Person p : cast.workers()) {
                Criteria c = criteria(p.key(), v);
                String story = p.key() + " at " + v + ": " + c;
                if (KoumbitYear.foundsTheWorkCommittee(p)) {
                    assertThat(c.attendance()).as(story).isTrue();
                    boolean warned = p.key().equals(KoumbitYear.WARNED) && v.equals(LocalDate.of(2007, 6, 5));
                    assertThat(c.hours() && c.total() >= 20 * 60).as(story).isEqualTo(!warned);
                } else if (p.key().equals(KoumbitYear.NEWCOMER)) {
                    assertThat(c.all()).as(story).isEqualTo(!v.isBefore(LocalDate.of(2006, 11, 7)));
                } else if (p.key().equals(KoumbitYear.CANDIDATE)) {
                    assertThat(c.all()).as(story).isEqualTo(v.equals(LocalDate.of(2007, 6, 5)));
                }
            }
        }
    }

    @Test
    void theSameDayGivesTheSameYearAndAnotherDecadeNone() {
        assertThat(Koumbit2007.cast(TODAY).year()).isEqualTo(year);
        assertThat(Koumbit2007.cast(LocalDate.of(2030, 6, 12)).year()).isEqualTo(DemoYear.NONE);
    }

    /** The first reflection meeting of each month once two whole months of facts lie behind it. */
    List<LocalDate> verificationDays() {
        Map<YearMonth, LocalDate> first = new TreeMap<>();
        for (Sitting s : year.sittings()) {
            if (s.type().equals("REFLECTION") && s.held() && !s.day().isBefore(year.from().plusMonths(2))) {
                first.putIfAbsent(YearMonth.from(s.day()), s.day());
            }
        }
        return List.copyOf(first.values());
    }

    record Criteria(int committees, int reflections, long first, long second) {
        boolean attendance() {
            return committees >= 2 && reflections >= 2;
        }

        boolean hours() {
            return first >= 600 && second >= 600;
        }

        long total() {
            return first + second;
        }

        boolean all() {
            return attendance() && hours();
        }
    }

    /** The bylaw's numbers over the two whole months before the verification's month (ADR 0501). */
    Criteria criteria(String person, LocalDate asOf) {
        YearMonth m1 = YearMonth.from(asOf).minusMonths(2), m2 = m1.plusMonths(1);
        Set<String> committees = new HashSet<>();
        int reflections = 0;
        for (Sitting s : year.sittings()) {
            YearMonth m = YearMonth.from(s.day());
            if (!(m.equals(m1) || m.equals(m2)) || !s.present(person)) continue;
            switch (s.type()) {
                case "REFLECTION" -> reflections++;
                case "PRODUCTION" -> committees.add("production");
                case "COMMITTEE" -> committees.add(s.body());
                default -> { }
            }
        }
        long first = 0, second = 0;
        for (Work w : year.work()) {
            if (!w.person().equals(person)) continue;
            long minutes = ChronoUnit.MINUTES.between(w.start(), w.end());
            if (YearMonth.from(w.day()).equals(m1)) first += minutes;
            if (YearMonth.from(w.day()).equals(m2)) second += minutes;
        }
        return new Criteria(committees.size(), reflections, first, second);
    }
}
