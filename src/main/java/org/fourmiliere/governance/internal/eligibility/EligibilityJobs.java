package org.fourmiliere.governance.internal.eligibility;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.governance.internal.meetings.MeetingType;
import org.fourmiliere.shared.TimeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jobs of db-scheduler (cluster-safe: one node runs each): the monthly verification on the day of each reflection
 * meeting, the hand-over to the outbox of notices of a change left from before it
 * (a verification hands its own over), and the meetings of recurring schedules.
 */
@Configuration(proxyBeanMethods = false)
class EligibilityJobs {

    private static final Logger log = LoggerFactory.getLogger(EligibilityJobs.class);

    @Bean
    RecurringTask<Void> eligibilityVerificationTask(EligibilityService eligibility, MeetingService meetings, Clock clock) {
        return Tasks.recurring("eligibility-verification", Schedules.daily(TimeConfig.ZONE, LocalTime.of(6, 0)))
                .execute((instance, ctx) -> runIfReflectionDay(eligibility, meetings, LocalDate.now(clock)));
    }

    /** Runs the verification if a reflection meeting takes place that day and none ran yet. */
    static boolean runIfReflectionDay(EligibilityService eligibility, MeetingService meetings, LocalDate today) {
        boolean reflection = meetings.between(today, today, null).stream().anyMatch(m -> m.type() == MeetingType.REFLECTION);
        if (!reflection || eligibility.verifiedOn(today, EligibilityService.Trigger.SCHEDULED)) return false;
        var v = eligibility.verify(today, EligibilityService.Trigger.SCHEDULED);
        log.info("Eligibility verification {} as of {}: {} persons, {} changes, {} ms", v.id(), today, v.persons(), v.changes(), v.durationMs());
        return true;
    }

    @Bean
    RecurringTask<Void> eligibilityNoticesTask(EligibilityService eligibility) {
        return Tasks.recurring("eligibility-notices", Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, ctx) -> eligibility.handOverNotices());
    }

    @Bean
    RecurringTask<Void> meetingSchedulesTask(MeetingService meetings, Clock clock) {
        return Tasks.recurring("meeting-schedules", Schedules.daily(TimeConfig.ZONE, LocalTime.of(1, 0)))
                .execute((instance, ctx) -> meetings.generate(LocalDate.now(clock)));
    }
}
