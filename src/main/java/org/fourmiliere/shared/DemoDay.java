package org.fourmiliere.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * Whether this instance shows the demo collective, and on which day it lives. A demo instance ({@code --demo} or
 * {@code FOURMILIERE_DEMO=true}) fixes the application's clock on the demo's day ({@code FOURMILIERE_DEMO_TODAY},
 * 2007-06-15 unless said otherwise; {@code now} keeps the real date), so that every page opens on a period with
 * data. The time of day is the real one, and the clock runs on from there.
 */
public record DemoDay(boolean on, Optional<LocalDate> day) {

    /** The day the demo collective lives on unless {@code FOURMILIERE_DEMO_TODAY} says otherwise. */
    public static final LocalDate DEFAULT = LocalDate.of(2007, 6, 15);

    static final String ENABLED = "fourmiliere.demo";
    static final String TODAY = "fourmiliere.demo.today";

    public static DemoDay off() {
        return new DemoDay(false, Optional.empty());
    }

    /** Reads the settings; a day that is not an ISO date stops start-up with a message naming the setting. */
    static DemoDay from(Environment env) {
        boolean on = env.getProperty(ENABLED, Boolean.class, false) || env.containsProperty("demo");
        if (!on) return off();
        String today = env.getProperty(TODAY, "").trim();
        if (today.isEmpty()) return new DemoDay(true, Optional.of(DEFAULT));
        if (today.equalsIgnoreCase("now")) return new DemoDay(true, Optional.empty());
        try {
            return new DemoDay(true, Optional.of(LocalDate.parse(today)));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("FOURMILIERE_DEMO_TODAY must be a date such as 2007-06-15 (or 'now'), not '"
                    + today + "'.");
        }
    }

    /** The application's clock: {@code system} itself, or moved by whole days onto the demo's day. */
    Clock clock(Clock system) {
        if (day.isEmpty()) return system;
        ZonedDateTime now = ZonedDateTime.now(system);
        return Clock.offset(system, Duration.between(now, now.with(day.get())));
    }
}
