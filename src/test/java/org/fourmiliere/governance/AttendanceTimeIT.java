package org.fourmiliere.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.UUID;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.accounts.Status;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.governance.internal.meetings.MeetingType;
import org.fourmiliere.governance.internal.meetings.Presence;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.TestStatuses;
import org.fourmiliere.support.Years;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Governance's side of attendance and time (§7): marking a person publishes {@link AttendanceMarked} in the marking
 * transaction, and when the time tracker refuses the meeting's time (here, a month locked through its API), the
 * marking is refused with it. What the time tracker records is told by its own tests.
 */
@IntegrationTest
@EnableScenarios
class AttendanceTimeIT {

    @LocalServerPort int port;
    @Autowired People people;
    @Autowired AccountDirectory accounts;
    @Autowired MeetingService meetings;
    @Autowired BodyService bodies;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void markingAttendancePublishesAttendanceMarked(Scenario scenario) {
        var facts = new MeetingFixtures(meetings, bodies, jdbc, clock);
        long person = people.person("Counted").id();
        long body = facts.committee("Counting");
        Meeting m = facts.meeting(body, MeetingType.COMMITTEE, LocalDate.of(Years.fresh(), 10, 12));

        scenario.stimulate(() -> meetings.mark(m.id(), person, Presence.PRESENT, true))
                .andWaitForEventOfType(AttendanceMarked.class)
                .matching(e -> e.meetingId() == m.id() && e.personId() == person)
                .toArriveAndVerify(e -> {
                    assertThat(e.meetingKey()).isEqualTo(m.key());
                    assertThat(e.bodyId()).isEqualTo(body);
                    assertThat(e.present()).isTrue();
                    assertThat(e.meetingTimeCounts()).isTrue();
                    assertThat(e.startsAt()).isBefore(e.endsAt());
                });
        assertThat(meetings.isPresent(m.id(), person)).isTrue();

        scenario.stimulate(() -> meetings.mark(m.id(), person, Presence.EXCUSED, false))
                .andWaitForEventOfType(AttendanceMarked.class)
                .matching(e -> e.meetingId() == m.id() && e.personId() == person && !e.present())
                .toArriveAndVerify(e -> assertThat(e.meetingTimeCounts()).isFalse());
    }

    @Test
    void aMonthLockedForTimeRefusesTheMarkingToo() {
        var facts = new MeetingFixtures(meetings, bodies, jdbc, clock);
        long person = people.person("Locked out").id();
        LocalDate day = LocalDate.of(Years.fresh(), 11, 9);
        Meeting m = facts.meeting(facts.committee("Late"), MeetingType.COMMITTEE, day);
        var locked = accounting().post("/api/v1/timesheets/locks", "{\"month\":\"" + YearMonth.from(day) + "\"}");
        assertThat(locked.status()).as(locked.body()).isEqualTo(201);

        assertThatThrownBy(() -> meetings.mark(m.id(), person, Presence.PRESENT, true)).isInstanceOf(Problems.Conflict.class);
        assertThat(meetings.attendance(m.id())).as("the marking was rolled back with the time").isEmpty();
    }

    /** Someone holding the accounting status, who may lock a month of the time tracker. */
    private Api accounting() {
        long synthetic = TestStatuses.FIRST_ID + 900_000_000L + (System.nanoTime() % 1_000_000);
        TestStatuses.assign(synthetic, EnumSet.of(Status.ACCOUNTING));
        String email = "attendance-accounting-" + UUID.randomUUID() + "@test.local";
        String password = "password-" + UUID.randomUUID();
        accounts.createAccount(email, password, synthetic, "en", false);
        return new Api(port).basic(email, password);
    }
}
