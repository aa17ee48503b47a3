package org.fourmiliere.timesheets.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.TimeConfig;

/**
 * The span of an entry and the minutes it counts on each local day, checked against the rules of §8: a timed entry
 * ends after it starts and lasts at most {@link #MAX_MINUTES} (to the second, split at local midnight); a day and
 * duration is at most a day long and positive, except for an adjusting entry, which may be negative.
 */
record EntryShape(Instant start, Instant end, LocalDate day, Integer minutes, Map<LocalDate, Integer> days) {

    /** No timed entry lasts longer: a week. */
    static final int MAX_MINUTES = 7 * 24 * 60;
    /** The most a day-and-duration entry counts. */
    static final int MAX_DAY_MINUTES = 24 * 60;
    static final int MAX_NOTE = 1000;

    boolean timed() {
        return start != null;
    }

    /** Timed when {@code start} or {@code end} is given, else a day and minutes; refused when incomplete or out of bounds. */
    static EntryShape of(Instant start, Instant end, LocalDate day, Integer minutes, boolean adjusting) {
        if (start != null || end != null) return timed(start, end);
        if (day == null && minutes == null) throw new Problems.InvalidInput("start", "time.entry.when.required");
        if (day == null) throw new Problems.InvalidInput("day", "time.entry.day.required");
        if (minutes == null) throw new Problems.InvalidInput("minutes", "time.entry.minutes.required");
        if ((minutes <= 0 && !adjusting) || minutes == 0 || Math.abs(minutes) > MAX_DAY_MINUTES) {
            throw new Problems.InvalidInput("minutes", "time.entry.minutes.invalid", MAX_DAY_MINUTES);
        }
        return new EntryShape(null, null, day, minutes, Map.of(day, minutes));
    }

    static EntryShape timed(Instant start, Instant end) {
        if (start == null) throw new Problems.InvalidInput("start", "time.entry.start.required");
        if (end == null) throw new Problems.InvalidInput("end", "time.entry.end.required");
        Instant s = second(start);
        Instant e = second(end);
        if (!e.isAfter(s)) throw new Problems.InvalidInput("end", "time.entry.end.before-start");
        if (Duration.between(s, e).toMinutes() > MAX_MINUTES) {
            throw new Problems.InvalidInput("end", "time.entry.too-long", MAX_MINUTES / 60);
        }
        Map<LocalDate, Integer> days = DaySplit.minutesPerDay(s, e, TimeConfig.ZONE);
        return new EntryShape(s, e, s.atZone(TimeConfig.ZONE).toLocalDate(), DaySplit.total(days), days);
    }

    /** A punch running since {@code start}: no end, nothing counted yet. */
    static EntryShape running(Instant start) {
        return new EntryShape(start, null, start.atZone(TimeConfig.ZONE).toLocalDate(), null, Map.of());
    }

    /** An adjusting entry of a locked one: {@code minutes} on an open day, negative to take time away, never zero. */
    static EntryShape adjustment(LocalDate day, int minutes) {
        if (minutes == 0 || Math.abs(minutes) > MAX_MINUTES) {
            throw new Problems.InvalidInput("minutes", "time.entry.minutes.invalid", MAX_MINUTES);
        }
        if (day == null) throw new Problems.InvalidInput("day", "time.entry.day.required");
        return new EntryShape(null, null, day, minutes, Map.of(day, minutes));
    }

    /** The minutes per local day from {@code start} to {@code end}; none when it did not last. */
    static Map<LocalDate, Integer> between(Instant start, Instant end) {
        return !end.isAfter(start) ? Map.of() : DaySplit.minutesPerDay(start, end, TimeConfig.ZONE);
    }

    /** Times are kept to the second. */
    static Instant second(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The earliest start of an entry that could still be going on at {@code instant}: none lasts longer than {@link #MAX_MINUTES}. */
    static Instant earliestClash(Instant instant) {
        return instant.minus(Duration.ofMinutes(MAX_MINUTES));
    }

    /** A note as kept: stripped, null when blank, refused when too long. */
    static String note(String note) {
        if (note == null || note.isBlank()) return null;
        String t = note.strip();
        if (t.length() > MAX_NOTE) throw new Problems.InvalidInput("note", "time.entry.note.too-long", MAX_NOTE);
        return t;
    }
}
