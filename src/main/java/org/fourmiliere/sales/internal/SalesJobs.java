package org.fourmiliere.sales.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.fourmiliere.shared.TimeConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Jobs of db-scheduler (cluster-safe: one node runs each): recurring invoices, then reminders, every morning. */
@Configuration(proxyBeanMethods = false)
class SalesJobs {

    @Bean
    RecurringTask<Void> salesRecurringInvoicesTask(SalesMail mail, Clock clock) {
        return Tasks.recurring("sales-recurring-invoices", Schedules.daily(TimeConfig.ZONE, LocalTime.of(5, 0)))
                .execute((instance, ctx) -> mail.issueRecurring(LocalDate.now(clock)));
    }

    @Bean
    RecurringTask<Void> salesRemindersTask(SalesMail mail, Clock clock) {
        return Tasks.recurring("sales-reminders", Schedules.daily(TimeConfig.ZONE, LocalTime.of(8, 0)))
                .execute((instance, ctx) -> mail.remind(LocalDate.now(clock)));
    }
}
