package org.fourmiliere.mail.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds (ADR 0700). Each due message is first claimed — its attempt counted and its next
 * attempt set, on the condition that it is still queued and due, in a statement of its own that commits — then
 * handed to the SMTP server, then marked sent. A failure leaves it queued until its next attempt (back-off), or
 * marks it failed after the last one (at once when an address is not one). A stop between the claim and the mark sends it again at the next attempt,
 * with the same {@code Message-ID}: at least once, and receivers can tell the copies apart.
 * Without an SMTP server, each message is written to the log and marked {@link MailStatus#LOGGED}.
 * <p>
 * Named {@code outboxMailSender}: {@code mailSender} is Spring Boot's {@code JavaMailSender}.
 */
@Component("outboxMailSender")
public class MailSender {

    private static final Logger log = LoggerFactory.getLogger(MailSender.class);
    private static final int BATCH = 100;

    private final OutboxStore store;
    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;

    MailSender(OutboxStore store, MailSettings settings, ObjectProvider<JavaMailSender> sender, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.sender = sender;
        this.clock = clock;
    }

    /** Sends every due message; returns how many were accepted by the server (or written to the log). */
    public int sendDue() {
        int done = 0;
        while (true) {
            Instant now = clock.instant();
            var due = store.due(now, BATCH);
            int before = done;
            for (long id : due) {
                if (sendOne(id, now)) done++;
            }
            if (due.size() < BATCH || done == before) return done;
        }
    }

    private boolean sendOne(long id, Instant now) {
        StoredMail m = store.find(id).orElse(null);
        if (m == null || m.status() != MailStatus.QUEUED) return false;
        int attempt = m.attempts() + 1;
        if (!store.claim(id, now, now.plus(settings.backoff().delayAfter(attempt)))) return false;
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.info("Mail (no mail server configured) {} to {}: {}\n{}", m.messageId(), String.join(", ", m.to()), m.subject(), m.text());
            store.sent(id, MailStatus.LOGGED, clock.instant());
            return true;
        }
        try {
            smtp.send(MimeBuilder.build(m, settings.from(), now, store.attachments(m.id())));
        } catch (Exception e) {
            boolean last = settings.backoff().isLast(attempt) || badAddress(e);
            String error = describe(e);
            store.attemptFailed(id, error, last);
            log.warn("Mail {} to {}: attempt {} failed{}: {}", m.messageId(), String.join(", ", m.to()), attempt,
                    last ? ", given up" : "", error);
            return false;
        }
        store.sent(id, MailStatus.SENT, clock.instant());
        return true;
    }

    /** An address that is not one: no later attempt can succeed. */
    static boolean badAddress(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.mail.internet.AddressException) return true;
        }
        return false;
    }

    /** The error and its causes, in one line, short enough to keep. */
    static String describe(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 1500; t = t.getCause() == t ? null : t.getCause()) {
            if (!b.isEmpty()) b.append(" ← ");
            b.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) b.append(": ").append(t.getMessage().replaceAll("\\s+", " ").trim());
        }
        return b.length() > 1900 ? b.substring(0, 1900) : b.toString();
    }

    /** The job of db-scheduler that runs {@link #sendDue}: one node at a time in a cluster. */
    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        RecurringTask<Void> mailOutboxTask(MailSender mail, @Value("${fourmiliere.mail.poll-interval:PT10S}") Duration every) {
            return Tasks.recurring("mail-outbox", Schedules.fixedDelay(every))
                    .execute((instance, ctx) -> mail.sendDue());
        }
    }
}
