package org.fourmiliere.governance.internal.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.fourmiliere.shared.Problems;
import org.junit.jupiter.api.Test;

/** The rules of meetings: their hours, the agenda, the minutes and the week of a monthly schedule. */
class MeetingRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void aMeetingEndsAfterItStarts() {
        Meeting.Span span = Meeting.span(DAY, LocalTime.of(13, 30), LocalTime.of(16, 0));
        assertThat(Duration.between(span.startsAt(), span.endsAt())).isEqualTo(Duration.ofMinutes(150));
        assertThatThrownBy(() -> Meeting.span(DAY, LocalTime.of(16, 0), LocalTime.of(16, 0)))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("end");
                    assertThat(e.messageKey()).isEqualTo("meetings.end.before-start");
                });
    }

    @Test
    void theAgendaClosesWhenTheMeetingEnds() {
        Meeting.Span span = Meeting.span(DAY, LocalTime.of(13, 30), LocalTime.of(16, 0));
        Meeting m = new Meeting(1, 1, MeetingType.PRODUCTION, DAY, span.startsAt(), span.endsAt(), null, null, null, "",
                0, null, null);
        m.checkAgendaOpen(span.endsAt().minusSeconds(1));
        assertThatThrownBy(() -> m.checkAgendaOpen(span.endsAt()))
                .isInstanceOfSatisfying(Problems.Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("meetings.agenda.closed"));
    }

    @Test
    void aNewItemGoesAtTheEndUnlessAnEarlierPlaceIsAsked() {
        assertThat(Meeting.agendaPosition(null, 3)).isEqualTo(4);
        assertThat(Meeting.agendaPosition(9, 3)).isEqualTo(4);
        assertThat(Meeting.agendaPosition(2, 3)).isEqualTo(2);
        assertThat(Meeting.agendaPosition(0, 3)).isEqualTo(1);
        assertThat(Meeting.agendaPosition(null, 0)).isEqualTo(1);
    }

    @Test
    void thosePresentOrManagingTheBodiesWriteTheMinutes() {
        Meeting.checkMayWriteMinutes(true, false);
        Meeting.checkMayWriteMinutes(false, true);
        assertThatThrownBy(() -> Meeting.checkMayWriteMinutes(false, false))
                .isInstanceOfSatisfying(Problems.Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("meetings.minutes.not-present"));
    }

    @Test
    void aMonthlyScheduleNamesItsWeek() {
        assertThat(MeetingSchedule.weekOfMonth(MeetingSchedule.Recurrence.MONTHLY, 2)).isEqualTo(2);
        assertThat(MeetingSchedule.weekOfMonth(MeetingSchedule.Recurrence.WEEKLY, 2)).isNull();
        assertThatThrownBy(() -> MeetingSchedule.weekOfMonth(MeetingSchedule.Recurrence.MONTHLY, null))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("weekOfMonth"));
        assertThatThrownBy(() -> MeetingSchedule.weekOfMonth(MeetingSchedule.Recurrence.MONTHLY, 6))
                .isInstanceOf(Problems.InvalidInput.class);
    }

    @Test
    void aScheduledMeetingLastsTheScheduledMinutes() {
        MeetingSchedule s = new MeetingSchedule(1, 1, MeetingType.PRODUCTION, MeetingSchedule.Recurrence.WEEKLY,
                DayOfWeek.MONDAY, null, LocalTime.of(13, 30), 180, null, null, true);
        Instant start = s.startsOn(DAY);
        assertThat(start).isEqualTo(Meeting.span(DAY, LocalTime.of(13, 30), LocalTime.of(14, 0)).startsAt());
        assertThat(Duration.between(start, s.endsOn(DAY))).isEqualTo(Duration.ofHours(3));
    }
}
