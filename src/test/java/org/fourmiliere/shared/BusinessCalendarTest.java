package org.fourmiliere.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of the business-hours clock (§6): every acceptance point of the clock, without Spring. */
class BusinessCalendarTest {

    private static final Duration H48 = Duration.ofHours(48);
    private final BusinessCalendar quebec = BusinessCalendar.quebec();

    private static Instant at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    /** A local time in Montréal. */
    private static Instant mtl(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TimeConfig.ZONE).toInstant();
    }

    private Instant deadline(BusinessCalendar c, String localFrom) {
        return c.deadline(mtl(localFrom), H48);
    }

    // --- holidays against the official lists (CNESST), written out by hand

    private static final Map<Integer, List<String>> OFFICIAL = Map.of(
            2007, List.of("2007-01-01", "2007-04-06", "2007-04-09", "2007-05-21", "2007-06-25", "2007-07-02", "2007-09-03", "2007-10-08", "2007-12-25"),
            2013, List.of("2013-01-01", "2013-03-29", "2013-04-01", "2013-05-20", "2013-06-24", "2013-07-01", "2013-09-02", "2013-10-14", "2013-12-25"),
            2024, List.of("2024-01-01", "2024-03-29", "2024-04-01", "2024-05-20", "2024-06-24", "2024-07-01", "2024-09-02", "2024-10-14", "2024-12-25"),
            2025, List.of("2025-01-01", "2025-04-18", "2025-04-21", "2025-05-19", "2025-06-24", "2025-07-01", "2025-09-01", "2025-10-13", "2025-12-25"),
            2026, List.of("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-18", "2026-06-24", "2026-07-01", "2026-09-07", "2026-10-12", "2026-12-25"),
            2027, List.of("2027-01-01", "2027-03-26", "2027-03-29", "2027-05-24", "2027-06-24", "2027-07-01", "2027-09-06", "2027-10-11", "2027-12-25"),
            2028, List.of("2028-01-01", "2028-04-14", "2028-04-17", "2028-05-22", "2028-06-24", "2028-07-01", "2028-09-04", "2028-10-09", "2028-12-25"),
            2029, List.of("2029-01-01", "2029-03-30", "2029-04-02", "2029-05-21", "2029-06-25", "2029-07-02", "2029-09-03", "2029-10-08", "2029-12-25"),
            2030, List.of("2030-01-01", "2030-04-19", "2030-04-22", "2030-05-20", "2030-06-24", "2030-07-01", "2030-09-02", "2030-10-14", "2030-12-25"));

    @ParameterizedTest
    @CsvSource({"2007", "2013", "2024", "2025", "2026", "2027", "2028", "2029", "2030"})
    void holidays_are_the_official_list(int year) {
        List<String> dates = BusinessCalendar.holidays(year).stream().map(h -> h.date().toString()).toList();
        assertThat(dates).isEqualTo(OFFICIAL.get(year));
        assertThat(BusinessCalendar.holidays(year)).extracting(BusinessCalendar.Holiday::key).containsExactly(
                "new-year", "good-friday", "easter-monday", "patriots", "saint-jean", "canada", "labour", "thanksgiving",
                "christmas");
    }

    @Test
    void weekend_rules_move_only_the_fete_nationale_and_canada_day_from_a_sunday() {
        // 2007 and 2029: 24 June and 1 July are Sundays → 25 June and 2 July
        assertThat(quebec.isBusinessDay(LocalDate.of(2029, 6, 25))).isFalse();
        assertThat(quebec.isBusinessDay(LocalDate.of(2029, 7, 2))).isFalse();
        // 2028: on Saturdays, nothing moves: the Friday before and the Monday after are business days
        assertThat(quebec.isBusinessDay(LocalDate.of(2028, 6, 23))).isTrue();
        assertThat(quebec.isBusinessDay(LocalDate.of(2028, 6, 26))).isTrue();
        assertThat(quebec.isBusinessDay(LocalDate.of(2028, 7, 3))).isTrue();
        // New Year's Day 2028 and Christmas 2027 fall on Saturdays: no weekday replaces them
        assertThat(quebec.isBusinessDay(LocalDate.of(2027, 12, 24))).isTrue();
        assertThat(quebec.isBusinessDay(LocalDate.of(2027, 12, 27))).isTrue();
        assertThat(quebec.isBusinessDay(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(quebec.isBusinessDay(LocalDate.of(2028, 1, 3))).isTrue();
        // Christmas 2022 on a Sunday: Monday 26 is a business day unless the collective closes it
        assertThat(quebec.isBusinessDay(LocalDate.of(2022, 12, 26))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"2000,2000-04-23", "2007,2007-04-08", "2008,2008-03-23", "2011,2011-04-24", "2013,2013-03-31",
            "2019,2019-04-21", "2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28",
            "2028,2028-04-16", "2029,2029-04-01", "2030,2030-04-21", "2038,2038-04-25", "2285,2285-03-22"})
    void easter_by_the_anonymous_gregorian_algorithm(int year, LocalDate easter) {
        assertThat(BusinessCalendar.easter(year)).isEqualTo(easter);
    }

    @Test
    void business_days_are_weekdays_without_holidays_or_closed_days() {
        assertThat(quebec.isBusinessDay(LocalDate.of(2030, 6, 12))).isTrue(); // Wednesday
        assertThat(quebec.isBusinessDay(LocalDate.of(2030, 6, 15))).isFalse(); // Saturday
        assertThat(quebec.isBusinessDay(LocalDate.of(2030, 6, 16))).isFalse(); // Sunday
        assertThat(quebec.isBusinessDay(LocalDate.of(2030, 6, 24))).isFalse(); // Fête nationale
        BusinessCalendar closed = BusinessCalendar.withClosedDays(List.of(LocalDate.of(2030, 12, 26)));
        assertThat(closed.isBusinessDay(LocalDate.of(2030, 12, 26))).isFalse();
        assertThat(quebec.isBusinessDay(LocalDate.of(2030, 12, 26))).isTrue();
    }

    // --- deadlines

    @Test
    void friday_afternoon_takes_effect_on_tuesday_afternoon() {
        assertThat(deadline(quebec, "2030-06-14T15:00")).isEqualTo(mtl("2030-06-18T15:00"));
        assertThat(quebec.businessTimeBetween(mtl("2030-06-14T15:00"), mtl("2030-06-18T15:00"))).isEqualTo(H48);
    }

    @Test
    void the_example_of_the_issue_across_the_spring_change() {
        assertThat(quebec.deadline(at("2030-03-08T15:00:00-05:00"), H48)).isEqualTo(at("2030-03-12T15:00:00-04:00"));
    }

    @Test
    void just_before_and_just_after_midnight() {
        assertThat(deadline(quebec, "2030-06-12T23:59")).isEqualTo(mtl("2030-06-14T23:59")); // Wednesday → Friday
        assertThat(deadline(quebec, "2030-06-13T00:01")).isEqualTo(mtl("2030-06-17T00:01")); // Thursday → Monday
        assertThat(deadline(quebec, "2030-06-14T23:59")).isEqualTo(mtl("2030-06-18T23:59")); // Friday → Tuesday
        assertThat(deadline(quebec, "2030-06-15T00:01")).isEqualTo(mtl("2030-06-19T00:00")); // Saturday → Tuesday 24:00
        // exactly used up at midnight: that midnight, the end of the last business day
        assertThat(deadline(quebec, "2030-06-13T00:00")).isEqualTo(mtl("2030-06-15T00:00"));
        assertThat(quebec.isBusinessTime(mtl("2030-06-14T23:59:59.999999999"))).isTrue();
        assertThat(quebec.isBusinessTime(mtl("2030-06-15T00:00"))).isFalse();
    }

    @Test
    void the_eve_of_a_holiday() {
        // Friday before the Fête nationale (Monday 24 June 2030)
        assertThat(deadline(quebec, "2030-06-21T15:00")).isEqualTo(mtl("2030-06-26T15:00"));
        // Christmas Eve 2030 (Christmas on a Wednesday)
        assertThat(deadline(quebec, "2030-12-24T10:00")).isEqualTo(mtl("2030-12-27T10:00"));
        // the day before Canada Day moved to Monday 2 July 2029
        assertThat(deadline(quebec, "2029-06-29T15:00")).isEqualTo(mtl("2029-07-04T15:00"));
    }

    @ParameterizedTest
    @CsvSource({"2007", "2013", "2024", "2025", "2026", "2027", "2028", "2029", "2030"})
    void across_easter(int year) {
        LocalDate easter = BusinessCalendar.easter(year);
        Instant thursdayNoon = easter.minusDays(3).atTime(12, 0).atZone(TimeConfig.ZONE).toInstant();
        Instant wednesdayNoon = easter.plusDays(3).atTime(12, 0).atZone(TimeConfig.ZONE).toInstant();
        assertThat(quebec.deadline(thursdayNoon, H48)).isEqualTo(wednesdayNoon);
    }

    @Test
    void across_both_daylight_saving_changes() {
        // spring: Sunday 10 March 2030 has 23 hours; autumn: Sunday 3 November 2030 has 25
        assertThat(quebec.deadline(at("2030-03-08T15:00:00-05:00"), H48)).isEqualTo(at("2030-03-12T15:00:00-04:00"));
        assertThat(quebec.deadline(at("2030-11-01T15:00:00-04:00"), H48)).isEqualTo(at("2030-11-05T15:00:00-05:00"));
        // real elapsed time: the weekend before the change is an hour shorter, the one in autumn an hour longer
        assertThat(Duration.between(at("2030-03-08T15:00:00-05:00"), at("2030-03-12T15:00:00-04:00")))
                .isEqualTo(Duration.ofHours(95));
        assertThat(Duration.between(at("2030-11-01T15:00:00-04:00"), at("2030-11-05T15:00:00-05:00")))
                .isEqualTo(Duration.ofHours(97));
        // sent during the change itself: counting starts on Monday 00:00
        assertThat(quebec.deadline(at("2030-03-10T02:30:00-04:00"), H48)).isEqualTo(mtl("2030-03-13T00:00"));
        assertThat(quebec.deadline(at("2030-11-03T01:30:00-05:00"), H48)).isEqualTo(mtl("2030-11-06T00:00"));
        // 2006: the old rules (first Sunday of April, last Sunday of October)
        assertThat(quebec.deadline(at("2006-03-31T15:00:00-05:00"), H48)).isEqualTo(at("2006-04-04T15:00:00-04:00"));
        assertThat(quebec.deadline(at("2006-10-27T15:00:00-04:00"), H48)).isEqualTo(at("2006-10-31T15:00:00-05:00"));
    }

    @Test
    void the_23_and_25_hour_days_count_their_real_hours_when_business_days() {
        // Montréal changes on Sundays; the count is in real hours, so a 25-hour day would give 25 business hours.
        // Checked through the day lengths the clock uses: Sunday 3 November 2030 lasts 25 hours.
        Instant start = mtl("2030-11-03T00:00");
        Instant end = mtl("2030-11-04T00:00");
        assertThat(Duration.between(start, end)).isEqualTo(Duration.ofHours(25));
        assertThat(quebec.businessTimeBetween(start, end)).isZero();
        assertThat(quebec.businessTimeBetween(mtl("2030-11-01T00:00"), mtl("2030-11-05T00:00"))).isEqualTo(H48);
    }

    @Test
    void sent_on_a_holiday_or_a_weekend_counts_from_the_next_business_day() {
        assertThat(deadline(quebec, "2030-09-02T10:00")).isEqualTo(mtl("2030-09-05T00:00")); // Labour Day
        assertThat(deadline(quebec, "2030-06-15T10:00")).isEqualTo(mtl("2030-06-19T00:00")); // Saturday
        assertThat(deadline(quebec, "2030-06-16T23:00")).isEqualTo(mtl("2030-06-19T00:00")); // Sunday
        assertThat(deadline(quebec, "2030-04-19T09:00")).isEqualTo(mtl("2030-04-25T00:00")); // Good Friday
    }

    @Test
    void the_collectives_closed_days_count_as_holidays() {
        List<LocalDate> week = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2030, 12, 26); !d.isAfter(LocalDate.of(2030, 12, 31)); d = d.plusDays(1)) week.add(d);
        BusinessCalendar closed = BusinessCalendar.withClosedDays(week);
        assertThat(deadline(closed, "2030-12-24T10:00")).isEqualTo(mtl("2031-01-03T10:00"));
        assertThat(closed.closedDays()).hasSize(6).first().isEqualTo(LocalDate.of(2030, 12, 26));
        assertThat(BusinessCalendar.withClosedDays(List.of())).isSameAs(BusinessCalendar.quebec());
    }

    @Test
    void nanoseconds_and_zero_durations() {
        Instant from = mtl("2030-06-12T10:00").plusNanos(123_456_789);
        assertThat(quebec.deadline(from, Duration.ZERO)).isEqualTo(from);
        assertThat(quebec.deadline(from, Duration.ofNanos(1))).isEqualTo(from.plusNanos(1));
        assertThat(quebec.deadline(mtl("2030-06-15T10:00"), Duration.ZERO)).isEqualTo(mtl("2030-06-17T00:00"));
    }

    @Test
    void refuses_negative_durations_and_years_beyond_the_supported_ones() {
        assertThatThrownBy(() -> quebec.deadline(mtl("2030-06-12T10:00"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BusinessCalendar.holidays(1899)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> quebec.deadline(mtl("2999-12-31T10:00"), H48)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> quebec.deadline(Instant.parse("1800-01-01T00:00:00Z"), H48))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
