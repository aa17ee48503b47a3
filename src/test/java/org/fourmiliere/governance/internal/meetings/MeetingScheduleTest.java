package org.fourmiliere.governance.internal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Recurring schedules and the folding of iCalendar lines. */
class MeetingScheduleTest {

    static MeetingSchedule weekly(DayOfWeek day) {
        return new MeetingSchedule(1, 1, MeetingType.PRODUCTION, MeetingSchedule.Recurrence.WEEKLY, day, null,
                LocalTime.of(13, 30), 180, null, null, true);
    }

    static MeetingSchedule monthly(DayOfWeek day, int week) {
        return new MeetingSchedule(2, 1, MeetingType.REFLECTION, MeetingSchedule.Recurrence.MONTHLY, day, week,
                LocalTime.of(18, 0), 180, null, null, true);
    }

    @Test
    void productionEveryMondayAndReflectionTheFirstTuesday() {
        assertThat(weekly(DayOfWeek.MONDAY).days(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 12, 14)))
                .containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 14));
        assertThat(monthly(DayOfWeek.TUESDAY, 1).days(LocalDate.of(2026, 10, 7), LocalDate.of(2027, 1, 31)))
                .containsExactly(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 5));
    }

    @Test
    void aFifthWeekdayThatDoesNotExistIsSkipped() {
        assertThat(monthly(DayOfWeek.MONDAY, 5).days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30)))
                .containsExactly(LocalDate.of(2026, 3, 30));
    }

    @Property
    void weeklyDaysAreAllOnTheDayAndAWeekApart(@ForAll @IntRange(min = 1, max = 7) int dow, @ForAll @IntRange(max = 400) int offset,
                                               @ForAll @IntRange(max = 120) int span) {
        LocalDate from = LocalDate.of(2026, 1, 1).plusDays(offset);
        List<LocalDate> days = weekly(DayOfWeek.of(dow)).days(from, from.plusDays(span));
        assertThat(days).allMatch(d -> d.getDayOfWeek().getValue() == dow && !d.isBefore(from) && !d.isAfter(from.plusDays(span)));
        for (int i = 1; i < days.size(); i++) assertThat(days.get(i)).isEqualTo(days.get(i - 1).plusWeeks(1));
        assertThat(days.size()).isBetween(span / 7, span / 7 + 1);
    }

    @Property
    void foldedLinesAreAtMost75OctetsAndUnfoldToTheContent(@ForAll @StringLength(max = 400) String text) {
        String content = "DESCRIPTION:" + CalendarFeeds.escape(text);
        StringBuilder b = new StringBuilder();
        CalendarFeeds.line(b, content);
        String folded = b.toString();
        assertThat(folded).endsWith("\r\n");
        for (String l : folded.substring(0, folded.length() - 2).split("\r\n", -1)) {
            assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.substring(0, folded.length() - 2).replace("\r\n ", "")).isEqualTo(content);
    }
}
