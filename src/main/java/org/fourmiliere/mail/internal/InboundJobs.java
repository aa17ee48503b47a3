package org.fourmiliere.mail.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The jobs of inbound mail, one node at a time: {@code mail-inbound} processes whatever is still waiting (a message
 * stored before a stop, or put back to be processed again); {@code mail-imap} reads the configured mailboxes.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(ImapSettings.class)
class InboundJobs {

    @Bean
    RecurringTask<Void> mailInboundTask(InboundService inbound,
                                        @Value("${fourmiliere.mail.inbound-interval:PT1M}") Duration every) {
        return Tasks.recurring("mail-inbound", Schedules.fixedDelay(every))
                .execute((instance, ctx) -> inbound.processReceived());
    }

    @Bean
    RecurringTask<Void> mailImapTask(ImapPoller poller, ImapSettings settings) {
        return Tasks.recurring("mail-imap", Schedules.fixedDelay(settings.pollInterval()))
                .execute((instance, ctx) -> poller.pollAll());
    }
}
