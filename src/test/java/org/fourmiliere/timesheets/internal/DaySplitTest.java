package org.fourmiliere.timesheets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DaySplitTest {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    @Property
    void theMinutesOfTheDaysAddUpToTheLengthOfAWholeMinuteSpan(
            @ForAll @LongRange(min = 1_000_000_000L / 60, max = 2_000_000_000L / 60) long startMinute,
            @ForAll @IntRange(min = 1, max = 7 * 24 * 60) int minutes) {
        Instant start = Instant.ofEpochSecond(startMinute * 60);
        Instant end = start.plusSeconds(minutes * 60L);
        var days = DaySplit.minutesPerDay(start, end, MONTREAL);
        assertThat(DaySplit.total(days)).isEqualTo(minutes);
        assertThat(days.keySet().iterator().next()).isEqualTo(start.atZone(MONTREAL).toLocalDate());
        assertThat(days.values()).allMatch(m -> m >= 0 && m <= 25 * 60);
    }

    @Test
    void aNightAcrossTheSpringChangeIsSevenHoursAndTheAutumnOneNine() {
        var spring = DaySplit.minutesPerDay(OffsetDateTime.parse("2026-03-07T22:00-05:00").toInstant(),
                OffsetDateTime.parse("2026-03-08T06:00-04:00").toInstant(), MONTREAL);
        assertThat(spring).containsEntry(LocalDate.of(2026, 3, 7), 120).containsEntry(LocalDate.of(2026, 3, 8), 300);
        var autumn = DaySplit.minutesPerDay(OffsetDateTime.parse("2026-10-31T22:00-04:00").toInstant(),
                OffsetDateTime.parse("2026-11-01T06:00-05:00").toInstant(), MONTREAL);
        assertThat(autumn).containsEntry(LocalDate.of(2026, 10, 31), 120).containsEntry(LocalDate.of(2026, 11, 1), 420);
        assertThat(Duration.ofMinutes(DaySplit.total(autumn))).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void endingAtMidnightStaysOnOneDay() {
        Instant start = OffsetDateTime.parse("2026-01-05T22:00-05:00").toInstant();
        Instant end = OffsetDateTime.parse("2026-01-06T00:00-05:00").toInstant();
        assertThat(DaySplit.spansDays(start, end, MONTREAL)).isFalse();
        assertThat(DaySplit.minutesPerDay(start, end, MONTREAL)).containsOnlyKeys(LocalDate.of(2026, 1, 5));
        assertThat(DaySplit.spansDays(start, end.plusSeconds(60), MONTREAL)).isTrue();
    }
}
