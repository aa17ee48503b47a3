package org.fourmiliere.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.governance.internal.meetings.MeetingType;
import org.fourmiliere.governance.internal.meetings.Presence;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Marking attendance publishes {@link AttendanceMarked}; the time tracker counts the meeting's hours in the same
 * transaction, so that the time and the attendance always agree, and a refusal of the time refuses the marking.
 */
@IntegrationTest
class AttendanceTimeIT {

    @Autowired People people;
    @Autowired AccountDirectory accountDirectory;
    @Autowired MeetingService meetings;
    @Autowired BodyService bodies;
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void meetingTimeFollowsTheAttendance() {
        var facts = new MeetingFixtures(meetings, bodies, jdbc, clock);
        long person = people.person("Counted").id();
        Meeting m = facts.meeting(facts.committee("Counting"), MeetingType.COMMITTEE, LocalDate.of(2039, 10, 12));

        meetings.mark(m.id(), person, Presence.PRESENT, true);
        assertThat(meetingMinutes(m, person)).as("the meeting's three hours").isEqualTo(180);

        meetings.mark(m.id(), person, Presence.EXCUSED, false);
        assertThat(meetingMinutes(m, person)).as("no longer counted").isZero();
    }

    @Test
    void aMonthLockedForTimeRefusesTheMarkingToo() {
        var facts = new MeetingFixtures(meetings, bodies, jdbc, clock);
        long person = people.person("Locked out").id();
        Meeting m = facts.meeting(facts.committee("Late"), MeetingType.COMMITTEE, LocalDate.of(2039, 11, 9));
        lock(YearMonth.of(2039, 11));

        assertThatThrownBy(() -> meetings.mark(m.id(), person, Presence.PRESENT, true)).isInstanceOf(Problems.Conflict.class);
        assertThat(meetings.attendance(m.id())).as("the marking was rolled back with the time").isEmpty();
        assertThat(meetingMinutes(m, person)).isZero();
    }

    /** The month is locked through the time tracker's API, by someone holding the accounting role. */
    private void lock(YearMonth month) {
        var admin = new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("en");
        var bookkeeper = people.withAccount("Bookkeeper");
        var held = admin.post("/api/v1/roles/accounting/holders", "{\"personId\":%d,\"since\":\"%s\"}"
                .formatted(bookkeeper.id(), LocalDate.now(clock).minusDays(1)));
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        var locked = new Api(port).basic(bookkeeper.email(), bookkeeper.password()).language("en")
                .post("/api/v1/timesheets/locks", "{\"month\":\"" + month + "\"}");
        assertThat(locked.status()).as(locked.body()).isEqualTo(201);
    }

    private long meetingMinutes(Meeting m, long person) {
        return jdbc.sql("SELECT COALESCE(SUM(duration_min), 0) FROM ts_entry WHERE meeting_key = :k AND worker_id = :w")
                .param("k", m.key()).param("w", person).query(Long.class).single();
    }
}
