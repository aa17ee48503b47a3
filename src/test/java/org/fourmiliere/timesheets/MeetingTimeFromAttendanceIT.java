package org.fourmiliere.timesheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.fourmiliere.governance.AttendanceMarked;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.Years;
import org.fourmiliere.timesheets.HoursQuery.Meetings;
import org.fourmiliere.timesheets.internal.Locks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The time tracker's side of attendance (§7), told as Spring Modulith scenarios: when governance publishes
 * {@link AttendanceMarked} with the meeting's time counted, the meeting's hours are recorded as meeting time of the
 * person; a marking that no longer counts removes them; a locked month refuses them, and so the transaction that
 * published the event.
 */
@IntegrationTest
@EnableScenarios
class MeetingTimeFromAttendanceIT {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    /** Bodies no other test has: the listener makes the body's meeting activity on first use. */
    private static final AtomicLong BODIES = new AtomicLong(8_000_000_000L + (System.nanoTime() % 1_000_000) * 1000);

    @Autowired People people;
    @Autowired WorkedTime workedTime;
    @Autowired Locks locks;

    @Test
    void attendanceWithTimeRecordsTheMeetingsHoursAndAChangedMarkingRemovesThem(Scenario scenario) {
        long person = people.person("Counted").id();
        LocalDate day = LocalDate.of(Years.fresh(), 10, 12);
        String meeting = "meeting-" + UUID.randomUUID();
        long body = BODIES.incrementAndGet();

        scenario.publish(marked(meeting, body, person, day, true))
                .andWaitForStateChange(() -> meetingMinutes(person, day), minutes -> minutes > 0)
                .andVerify(minutes -> assertThat(minutes).as("the meeting's three hours").isEqualTo(180));

        scenario.publish(marked(meeting, body, person, day, false))
                .andWaitForStateChange(() -> meetingMinutes(person, day), minutes -> minutes == 0)
                .andVerify(minutes -> assertThat(minutes).as("no longer counted").isZero());
    }

    @Test
    void aLockedMonthRefusesTheMeetingTimeAndSoThePublishingTransaction(Scenario scenario) {
        long person = people.person("Locked out").id();
        LocalDate day = LocalDate.of(Years.fresh(), 11, 9);
        locks.lock(YearMonth.from(day), "accounting@test.local");

        assertThatThrownBy(() -> scenario.publish(marked("meeting-" + UUID.randomUUID(), BODIES.incrementAndGet(), person, day, true))
                        .andWaitForStateChange(() -> meetingMinutes(person, day), minutes -> minutes > 0))
                .isInstanceOf(Problems.Conflict.class);
        assertThat(meetingMinutes(person, day)).isZero();
    }

    private static AttendanceMarked marked(String meeting, long body, long person, LocalDate day, boolean counts) {
        return new AttendanceMarked(1, meeting, body, "body-" + body, person, counts, counts,
                day.atTime(LocalTime.of(13, 30)).atZone(MONTREAL).toInstant(),
                day.atTime(LocalTime.of(16, 30)).atZone(MONTREAL).toInstant());
    }

    private long meetingMinutes(long person, LocalDate day) {
        return workedTime.minutes(HoursQuery.between(day, day).ofWorker(person).meetings(Meetings.ONLY)).total();
    }
}
