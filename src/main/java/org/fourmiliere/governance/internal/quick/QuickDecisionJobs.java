package org.fourmiliere.governance.internal.quick;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The clock of quick decisions: reminds and adopts what is due, each proposal in its own transaction. A db-scheduler
 * job, so one node of a cluster at a time; the proposal's row is locked and its state checked again, so a proposal
 * is adopted once. After downtime the first run catches up: every proposal whose deadline passed is adopted, dated
 * its deadline.
 */
@Component
public class QuickDecisionJobs {

    private static final Logger log = LoggerFactory.getLogger(QuickDecisionJobs.class);

    private final QuickDecisionService service;

    QuickDecisionJobs(QuickDecisionService service) {
        this.service = service;
    }

    /** Sends the reminders and adopts the proposals that are due; returns how many were adopted. */
    public int run() {
        for (long id : service.dueForReminder()) service.remind(id);
        int adopted = 0;
        for (long id : service.dueForAdoption()) {
            try {
                if (service.adopt(id)) adopted++;
            } catch (RuntimeException e) {
                log.warn("Quick decision {} could not be adopted now; next run tries again", id, e);
            }
        }
        return adopted;
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> quickDecisionsTask(QuickDecisionJobs jobs,
                                               @Value("${fourmiliere.quick-decisions.poll-interval:PT1M}") Duration every) {
            return Tasks.recurring("quick-decisions", Schedules.fixedDelay(every)).execute((instance, ctx) -> jobs.run());
        }
    }
}
