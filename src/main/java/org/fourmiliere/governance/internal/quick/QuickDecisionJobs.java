package org.fourmiliere.governance.internal.quick;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.util.List;
import org.fourmiliere.mail.Mailboxes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The clock of quick decisions: reminds and adopts what is due, each proposal in its own transaction. A db-scheduler
 * job, so one node of a cluster at a time; the proposal's row is locked and its state checked again, so a proposal
 * is adopted once. A reminder that fails is logged and tried at the next run; it never holds back an adoption. After downtime the first run catches up: every proposal whose deadline passed is adopted, dated
 * its deadline.
 */
@Component
public class QuickDecisionJobs {

    private static final Logger log = LoggerFactory.getLogger(QuickDecisionJobs.class);

    private final QuickDecisionService service;
    private final Mailboxes mailboxes;

    QuickDecisionJobs(QuickDecisionService service, Mailboxes mailboxes) {
        this.service = service;
        this.mailboxes = mailboxes;
    }

    /**
     * Sends the reminders and adopts the proposals that are due; returns how many were adopted. Before adopting, the
     * collective's mailboxes are read: a veto the mail server received before the deadline counts (it is dated when
     * the server received it), even if it had not been read yet.
     */
    public int run() {
        for (long id : service.dueForReminder()) {
            try {
                service.remind(id);
            } catch (RuntimeException e) {
                log.warn("Quick decision {}: reminder not sent now; next run tries again", id, e);
            }
        }
        List<Long> due = service.dueForAdoption();
        if (due.isEmpty()) return 0;
        try {
            mailboxes.readNow();
        } catch (RuntimeException e) {
            log.warn("Quick decisions: the mailboxes could not be read before adopting", e);
        }
        int adopted = 0;
        for (long id : due) {
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
