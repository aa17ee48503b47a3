package org.fourmiliere.shared;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The business-hours clock (§6): time counts only on business days — Monday to Friday, minus Québec's statutory
 * holidays and the collective's own closed days — in America/Montreal ({@link TimeConfig#ZONE}).
 * <p>
 * <b>Counting.</b> A business day counts whole, from its local midnight to the next (24 hours of business time a
 * day). Business time is real elapsed time: the day clocks go forward (second Sunday of March) has 23 hours and
 * the day they go back (first Sunday of November) 25 — both Sundays, so neither changes a deadline unless the
 * collective closes a day next to them or the rules of the zone change; a deadline is always "that many real
 * hours later, skipping the non-business days" (ADR 0600). A start on a non-business day counts from the next
 * business day's 00:00; a deadline falling exactly on a midnight is that midnight (24:00 of the last business
 * day). So a proposal sent Friday 15:00 takes effect Tuesday 15:00: 9 h on Friday, 24 h on Monday, 15 h on Tuesday.
 * <p>
 * <b>Québec's statutory holidays</b> (Loi sur les normes du travail, art. 60; Loi sur la fête nationale, art. 2),
 * see {@link #holidays(int)}. The law fixes the day; when a holiday other than those below falls on a Saturday
 * or Sunday no weekday becomes a holiday in its place (the worker gets a compensatory day or an indemnity, which
 * the collective may give by adding a closed day). The law itself moves two of them: Canada Day (1 July) is 2 July
 * when the 1st is a Sunday, and the Fête nationale (24 June) is 25 June when the 24th is a Sunday, for those who do
 * not usually work on Sundays. Good Friday or Easter Monday is at the employer's choice: the collective closes both.
 * <p>
 * Pure and immutable: no Spring, no clock. What it computes (holidays, day boundaries, business days) is kept in
 * small tables per block of 1024 days, filled on first use, so a deadline is a few array reads. Supported days:
 * years {@value #FIRST_YEAR} to {@value #LAST_YEAR}.
 */
public final class BusinessCalendar {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;

    /** A statutory holiday: its day and the message key of its name ({@code calendar.holiday.<key>}). */
    public record Holiday(LocalDate date, String key) {
        public String messageKey() {
            return "calendar.holiday." + key;
        }
    }

    private static final ZoneId ZONE = TimeConfig.ZONE;
    private static final long FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
    private static final long END_DAY = LocalDate.of(LAST_YEAR + 1, 1, 1).toEpochDay();
    private static final int SHIFT = 10;
    private static final int BLOCK = 1 << SHIFT;
    private static final int BLOCKS = (int) ((END_DAY - FIRST_DAY + BLOCK - 1) >> SHIFT);
    private static final long NANOS = 1_000_000_000L;

    /** Start of each day (epoch seconds) per block, plus the start of the day after the block: shared by all. */
    private static final AtomicReferenceArray<long[]> STARTS = new AtomicReferenceArray<>(BLOCKS);

    private static final BusinessCalendar QUEBEC = new BusinessCalendar(Set.of());

    private final Set<LocalDate> closedDays;
    /** The tables of each block of days, filled on first use. */
    private final AtomicReferenceArray<Block> blocks = new AtomicReferenceArray<>(BLOCKS);

    private BusinessCalendar(Set<LocalDate> closedDays) {
        this.closedDays = closedDays;
    }

    /** Québec's statutory holidays and weekends only. */
    public static BusinessCalendar quebec() {
        return QUEBEC;
    }

    /** Québec's calendar with the collective's own closed days as well. */
    public static BusinessCalendar withClosedDays(Collection<LocalDate> closedDays) {
        return closedDays.isEmpty() ? QUEBEC : new BusinessCalendar(Set.copyOf(closedDays));
    }

    /** The collective's own closed days, in order. */
    public List<LocalDate> closedDays() {
        return List.copyOf(new TreeSet<>(closedDays));
    }

    // --- the rules

    /** The date of Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easter(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * Québec's statutory holidays of a year, in order, on the day the law makes a holiday: New Year's Day (1 January),
     * Good Friday and Easter Monday (both, the collective's choice), National Patriots' Day (the Monday before
     * 25 May), the Fête nationale (24 June, or 25 June when the 24th is a Sunday), Canada Day (1 July, or 2 July
     * when the 1st is a Sunday), Labour Day (first Monday of September), Thanksgiving (second Monday of October)
     * and Christmas (25 December). The collective's closed days are not among them.
     */
    public static List<Holiday> holidays(int year) {
        checkYear(year);
        LocalDate easter = easter(year);
        LocalDate stJean = LocalDate.of(year, 6, 24);
        LocalDate canada = LocalDate.of(year, 7, 1);
        List<Holiday> list = new ArrayList<>(9);
        list.add(new Holiday(LocalDate.of(year, 1, 1), "new-year"));
        list.add(new Holiday(easter.minusDays(2), "good-friday"));
        list.add(new Holiday(easter.plusDays(1), "easter-monday"));
        list.add(new Holiday(LocalDate.of(year, 5, 25).with(TemporalAdjusters.previous(DayOfWeek.MONDAY)), "patriots"));
        list.add(new Holiday(stJean.getDayOfWeek() == DayOfWeek.SUNDAY ? stJean.plusDays(1) : stJean, "saint-jean"));
        list.add(new Holiday(canada.getDayOfWeek() == DayOfWeek.SUNDAY ? canada.plusDays(1) : canada, "canada"));
        list.add(new Holiday(LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), "labour"));
        list.add(new Holiday(LocalDate.of(year, 10, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY)),
                "thanksgiving"));
        list.add(new Holiday(LocalDate.of(year, Month.DECEMBER, 25), "christmas"));
        list.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(list);
    }

    /** Whether the day is a business day: Monday to Friday, not a statutory holiday, not a closed day. */
    public boolean isBusinessDay(LocalDate day) {
        long d = day.toEpochDay();
        checkDay(d, "day");
        return isBusiness(d);
    }

    /** Whether the instant lies inside a business day (its local midnight included, the next excluded). */
    public boolean isBusinessTime(Instant instant) {
        long s = instant.getEpochSecond();
        return isBusiness(dayOf(s, "instant"));
    }

    // --- counting

    /**
     * The instant at which {@code businessHours} of business time have passed since {@code from}: real elapsed
     * time counted on business days only. A zero duration gives {@code from}, or the next business day's 00:00
     * when {@code from} is not business time.
     *
     * @throws IllegalArgumentException for a negative duration or beyond the supported years
     */
    public Instant deadline(Instant from, Duration businessHours) {
        if (businessHours.isNegative()) throw new IllegalArgumentException("negative business time: " + businessHours);
        long remaining = businessHours.toNanos();
        long second = from.getEpochSecond();
        long day = dayOf(second, "from");
        long rel = day - FIRST_DAY;
        Block block = block((int) (rel >>> SHIFT));
        int i = (int) (rel & (BLOCK - 1));
        long pos; // nanoseconds since the start of the day
        if (block.business(i)) {
            pos = (second - block.starts[i]) * NANOS + from.getNano();
        } else {
            pos = 0;
        }
        while (true) {
            if (block.business(i)) {
                long left = (block.starts[i + 1] - block.starts[i]) * NANOS - pos;
                if (remaining <= left) {
                    long at = pos + remaining;
                    return Instant.ofEpochSecond(block.starts[i] + at / NANOS, at % NANOS);
                }
                remaining -= left;
            }
            pos = 0;
            if (++i == BLOCK) {
                int next = (int) ((rel >>> SHIFT) + 1);
                if (next >= BLOCKS) throw new IllegalArgumentException("deadline beyond the supported years");
                rel = (long) next << SHIFT;
                block = block(next);
                i = 0;
            }
        }
    }

    /** The business time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration businessTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) return Duration.ZERO;
        long first = dayOf(from.getEpochSecond(), "from");
        long last = dayOf(to.getEpochSecond(), "to");
        Duration total = Duration.ZERO;
        for (long d = first; d <= last; d++) {
            if (!isBusiness(d)) continue;
            Instant a = Instant.ofEpochSecond(start(d));
            Instant b = Instant.ofEpochSecond(start(d + 1));
            if (a.isBefore(from)) a = from;
            if (b.isAfter(to)) b = to;
            if (b.isAfter(a)) total = total.plus(Duration.between(a, b));
        }
        return total;
    }

    // --- the tables

    /** The tables of one block of days: the start of each day (and of the day after) and the business days. */
    private record Block(long[] starts, long[] bits) {
        boolean business(int i) {
            return (bits[i >>> 6] & (1L << i)) != 0;
        }
    }

    private boolean isBusiness(long day) {
        if (day < FIRST_DAY || day >= END_DAY) throw new IllegalArgumentException("beyond the supported years: " + day);
        long rel = day - FIRST_DAY;
        return block((int) (rel >>> SHIFT)).business((int) (rel & (BLOCK - 1)));
    }

    private Block block(int b) {
        Block block = blocks.getAcquire(b);
        if (block == null) {
            block = new Block(starts(b), businessBits(b));
            blocks.setRelease(b, block);
        }
        return block;
    }

    private long[] businessBits(int block) {
        long[] bits = new long[BLOCK / 64];
        long first = FIRST_DAY + ((long) block << SHIFT);
        int year = Integer.MIN_VALUE;
        Set<LocalDate> holidays = Set.of();
        for (int i = 0; i < BLOCK && first + i < END_DAY; i++) {
            LocalDate d = LocalDate.ofEpochDay(first + i);
            if (d.getYear() != year) {
                year = d.getYear();
                holidays = Set.copyOf(holidays(year).stream().map(Holiday::date).toList());
            }
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !holidays.contains(d) && !closedDays.contains(d)) bits[i >>> 6] |= 1L << i;
        }
        return bits;
    }

    private static long[] starts(int b) {
        long[] starts = STARTS.getAcquire(b);
        if (starts == null) {
            starts = new long[BLOCK + 1];
            long first = FIRST_DAY + ((long) b << SHIFT);
            for (int i = 0; i <= BLOCK; i++) starts[i] = LocalDate.ofEpochDay(first + i).atStartOfDay(ZONE).toEpochSecond();
            STARTS.setRelease(b, starts);
        }
        return starts;
    }

    /** The epoch second at which the day starts in Montréal. */
    private static long start(long day) {
        long rel = day - FIRST_DAY;
        int b = (int) (rel >>> SHIFT);
        if (b >= BLOCKS) return LocalDate.ofEpochDay(day).atStartOfDay(ZONE).toEpochSecond();
        return starts(b)[(int) (rel & (BLOCK - 1))];
    }

    /** The local day (epoch day) of an epoch second in Montréal. */
    private static long dayOf(long epochSecond, String what) {
        long day = Math.floorDiv(epochSecond - 5 * 3600, 86_400); // Montréal is 4 or 5 hours behind UTC
        if (day < FIRST_DAY || day >= END_DAY - 1) {
            throw new IllegalArgumentException(what + " beyond the supported years: " + Instant.ofEpochSecond(epochSecond));
        }
        while (start(day + 1) <= epochSecond) day++;
        while (start(day) > epochSecond) day--;
        if (day < FIRST_DAY) throw new IllegalArgumentException(what + " beyond the supported years");
        return day;
    }

    private static void checkDay(long day, String what) {
        if (day < FIRST_DAY || day >= END_DAY) throw new IllegalArgumentException(what + " beyond the supported years");
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) throw new IllegalArgumentException("year beyond the supported years: " + year);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessCalendar c && c.closedDays.equals(closedDays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(closedDays);
    }

    @Override
    public String toString() {
        return "BusinessCalendar" + closedDays();
    }
}
