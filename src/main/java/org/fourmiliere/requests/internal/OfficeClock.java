package org.fourmiliere.requests.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import org.fourmiliere.shared.BusinessCalendar;

/**
 * The clock of service targets: office hours ({@code opens}..{@code closes}, local time) on the business days of the
 * {@link BusinessCalendar} (weekends, Québec's holidays and the collective's closed days are not counted). Pure: no
 * Spring, no clock. A target of 4 business hours started Friday 16:00 with offices open 9:00–17:00 ends the next
 * business day at 12:00 (ADR 1001).
 */
public record OfficeClock(BusinessCalendar calendar, LocalTime opens, LocalTime closes, ZoneId zone) {

    /** Days looked at before giving up (a calendar closed for ten years is a mistake). */
    private static final int MAX_DAYS = 3700;

    public OfficeClock {
        Objects.requireNonNull(calendar);
        Objects.requireNonNull(zone);
        if (!closes.isAfter(opens)) throw new IllegalArgumentException("offices must close after they open");
    }

    private Instant open(LocalDate d) {
        return d.atTime(opens).atZone(zone).toInstant();
    }

    private Instant close(LocalDate d) {
        return d.atTime(closes).atZone(zone).toInstant();
    }

    /** The office time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) return Duration.ZERO;
        LocalDate d = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        if (d.equals(last)) return part(d, from, to);
        // the first and last days in part; the days between whole, without converting each to instants (offices
        // open and close away from the night's daylight-saving changes)
        Duration total = part(d, from, to).plus(part(last, from, to));
        long officeDay = Duration.between(opens, closes).toNanos();
        long whole = 0;
        for (LocalDate x = d.plusDays(1); x.isBefore(last); x = x.plusDays(1)) {
            if (calendar.isBusinessDay(x)) whole++;
        }
        return total.plusNanos(whole * officeDay);
    }

    /** The office time of one day that lies between two instants. */
    private Duration part(LocalDate d, Instant from, Instant to) {
        if (!calendar.isBusinessDay(d)) return Duration.ZERO;
        Instant a = max(open(d), from);
        Instant b = min(close(d), to);
        return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
    }

    /** The instant at which {@code amount} of office time has passed since {@code from}. */
    public Instant plus(Instant from, Duration amount) {
        Duration left = amount;
        if (left.isNegative() || left.isZero()) return from;
        LocalDate d = from.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, d = d.plusDays(1)) {
            if (!calendar.isBusinessDay(d)) continue;
            Instant a = max(open(d), from);
            Instant c = close(d);
            if (!c.isAfter(a)) continue;
            Duration available = Duration.between(a, c);
            if (left.compareTo(available) <= 0) return a.plus(left);
            left = left.minus(available);
        }
        throw new IllegalStateException("no office time within " + MAX_DAYS + " days of " + from);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
