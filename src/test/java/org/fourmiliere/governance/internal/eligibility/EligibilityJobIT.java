package org.fourmiliere.governance.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.internal.meetings.MeetingCommands;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.governance.internal.meetings.MeetingType;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.Years;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The scheduled verification: registered with db-scheduler, runs once on a reflection meeting's day, not on others. */
@IntegrationTest
class EligibilityJobIT {

    @Autowired EligibilityService eligibility;
    @Autowired MeetingService meetings;
    @Autowired BodyDirectory bodies;
    @Autowired JdbcClient jdbc;

    @Test
    void theVerificationRunsOnceOnTheDayOfAReflectionMeeting() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name IN ('eligibility-verification', 'eligibility-notices', 'meeting-schedules')")
                .query(Long.class).single()).isEqualTo(3);
        LocalDate reflectionDay = LocalDate.of(Years.fresh(), 6, 1);
        meetings.create(new MeetingCommands.CreateMeeting(bodies.the(BodyKind.WORK_COMMITTEE).id(), MeetingType.REFLECTION,
                reflectionDay, LocalTime.of(18, 0), LocalTime.of(21, 0), null, null));
        assertThat(EligibilityJobs.runIfReflectionDay(eligibility, meetings, reflectionDay.minusDays(1))).isFalse();
        assertThat(EligibilityJobs.runIfReflectionDay(eligibility, meetings, reflectionDay)).isTrue();
        assertThat(eligibility.verifiedOn(reflectionDay, EligibilityService.Trigger.SCHEDULED)).isTrue();
        assertThat(EligibilityJobs.runIfReflectionDay(eligibility, meetings, reflectionDay)).isFalse();
        assertThat(eligibility.verifications(5).getFirst().trigger()).isEqualTo(EligibilityService.Trigger.SCHEDULED);
    }
}
