package org.fourmiliere.accounts.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The job queue as metrics ({@code /actuator/prometheus}, docs/operations.md): how many scheduled runs are due and
 * not yet taken by a node, how many are being run, how many are failing. Read from the scheduler's table shared by
 * every node, at most once every few seconds whatever the number of gauges and scrapes.
 */
@Component
class OperationsMetrics implements MeterBinder {

    /** How long a reading serves (elapsed time, whatever the application clock says). */
    private static final long FRESH_NANOS = Duration.ofSeconds(5).toNanos();

    private final DatabaseStore store;
    private final Clock clock;
    private final AtomicReference<Read> last = new AtomicReference<>();

    private record Read(long at, DatabaseStore.JobQueue queue) {}

    OperationsMetrics(DatabaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("fourmiliere.jobs.due", () -> queue().due())
                .description("Scheduled job runs whose time has come and that no node has taken yet").register(registry);
        Gauge.builder("fourmiliere.jobs.running", () -> queue().running())
                .description("Scheduled job runs taken by a node and not finished").register(registry);
        Gauge.builder("fourmiliere.jobs.failing", () -> queue().failing())
                .description("Jobs whose last run failed (they are tried again)").register(registry);
    }

    private DatabaseStore.JobQueue queue() {
        long now = System.nanoTime();
        Read r = last.get();
        if (r == null || now - r.at() > FRESH_NANOS) {
            r = new Read(now, store.jobQueue(clock.instant()));
            last.set(r);
        }
        return r.queue();
    }
}
