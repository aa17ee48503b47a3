package org.fourmiliere.requests.internal;

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
 * The service-target watch: each ticket newly at risk or breached is announced by e-mail to its queue (once per
 * level), each in its own transaction; and senders that keep bouncing are flagged. A db-scheduler job, one node at a time.
 */
@Component
public class RequestJobs {

    private static final Logger log = LoggerFactory.getLogger(RequestJobs.class);

    private final RequestService service;

    RequestJobs(RequestService service) {
        this.service = service;
    }

    /** Returns how many tickets were announced. */
    public int run() {
        int announced = 0;
        for (long id : service.running()) {
            try {
                if (service.announce(id) != null) announced++;
            } catch (RuntimeException e) {
                log.warn("Ticket {}: service target not announced now; next run tries again", id, e);
            }
        }
        try {
            service.checkBounces();
        } catch (RuntimeException e) {
            log.warn("Requests: bounces not counted now", e);
        }
        return announced;
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> requestsTask(RequestJobs jobs,
                                         @Value("${fourmiliere.requests.poll-interval:PT5M}") Duration every) {
            return Tasks.recurring("requests-sla", Schedules.fixedDelay(every)).execute((instance, ctx) -> jobs.run());
        }
    }
}
