package org.fourmiliere.mail.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The outbox as metrics ({@code /actuator/prometheus}, docs/operations.md): messages waiting for their next attempt
 * and messages given up after the last one. Read at most once every few seconds.
 */
@Component
class MailMetrics implements MeterBinder {

    /** How long a reading serves (elapsed time, whatever the application clock says). */
    private static final long FRESH_NANOS = Duration.ofSeconds(5).toNanos();

    private final OutboxStore store;
    private final AtomicReference<Read> last = new AtomicReference<>();

    private record Read(long at, Map<MailStatus, Long> counts) {}

    MailMetrics(OutboxStore store) {
        this.store = store;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (MailStatus s : new MailStatus[] {MailStatus.QUEUED, MailStatus.FAILED}) {
            Gauge.builder("fourmiliere.mail.outbox", () -> counts().get(s))
                    .description("Outgoing messages waiting for an attempt (queued) or given up (failed)")
                    .tag("status", s.name().toLowerCase()).register(registry);
        }
    }

    private Map<MailStatus, Long> counts() {
        long now = System.nanoTime();
        Read r = last.get();
        if (r == null || now - r.at() > FRESH_NANOS) {
            r = new Read(now, store.waitingAndFailed());
            last.set(r);
        }
        return r.counts();
    }
}
