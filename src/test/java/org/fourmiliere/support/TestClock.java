package org.fourmiliere.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.fourmiliere.shared.TimeConfig;

/**
 * The application's clock in tests: it starts at {@link #START}, a fixed instant, and runs on with real time
 * from there, so that a flow spread over several requests (a punch in, then out; a token used twice) sees time
 * pass as in production. A test moves it with {@link #set(Instant)} or {@link #advance(Duration)}; after each
 * test it goes back to the time of the run ({@link #reset()}), so every test sees the same day.
 */
public final class TestClock extends Clock {

    /** Wednesday 12 June 2030, 10:00 in Montréal: the day every test runs on unless it says otherwise. */
    public static final Instant START = LocalDateTime.of(2030, 6, 12, 10, 0).atZone(TimeConfig.ZONE).toInstant();

    /** What all views of this clock share: the real time at the start, and how far a test moved it. */
    private static final class Shared {
        final long startNanos = System.nanoTime();
        final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

        Instant runTime() {
            return START.plusNanos(System.nanoTime() - startNanos).truncatedTo(ChronoUnit.MICROS);
        }
    }

    private final Shared shared;
    private final ZoneId zone;

    public TestClock() {
        this(new Shared(), TimeConfig.ZONE);
    }

    private TestClock(Shared shared, ZoneId zone) {
        this.shared = shared;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(shared, zone);
    }

    @Override
    public Instant instant() {
        return shared.runTime().plus(shared.shift.get());
    }

    /** Today in the collective's zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), TimeConfig.ZONE);
    }

    /** Moves the clock to {@code at}; it runs on from there. */
    public void set(Instant at) {
        shared.shift.set(Duration.between(shared.runTime(), at));
    }

    /** Moves the clock to {@code day} at the same time of day as now. */
    public void set(LocalDate day) {
        var now = instant().atZone(TimeConfig.ZONE);
        set(now.with(day).toInstant());
    }

    /** Moves the clock ahead (or back, with a negative duration). */
    public void advance(Duration duration) {
        shared.shift.updateAndGet(d -> d.plus(duration));
    }

    /** Back to the time of the run: {@link #START} plus the real time elapsed since. */
    public void reset() {
        shared.shift.set(Duration.ZERO);
    }
}
