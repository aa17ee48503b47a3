package org.fourmiliere.timesheets.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Splits a span of time into the minutes of each local calendar day. Day boundaries are the local
 * midnights of the zone, so a night across a daylight-saving change counts its real length (a 22:00→06:00
 * night is 7 h in spring and 9 h in autumn in America/Montreal).
 */
public final class DaySplit {

    private DaySplit() {}

    /**
     * Whole minutes per local day of [start, end) (seconds left over on a day are not counted). Every total
     * of the application adds these, so that they all agree to the minute.
     */
    public static Map<LocalDate, Integer> minutesPerDay(Instant start, Instant end, ZoneId zone) {
        Map<LocalDate, Integer> result = new LinkedHashMap<>();
        LocalDate day = start.atZone(zone).toLocalDate();
        Instant cursor = start;
        while (cursor.isBefore(end)) {
            Instant nextMidnight = day.plusDays(1).atStartOfDay(zone).toInstant();
            Instant until = nextMidnight.isBefore(end) ? nextMidnight : end;
            result.put(day, (int) Duration.between(cursor, until).toMinutes());
            cursor = until;
            day = day.plusDays(1);
        }
        return result;
    }

    public static int total(Map<LocalDate, Integer> minutesPerDay) {
        return minutesPerDay.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** True when [start, end) lies on more than one local day (ending exactly at midnight does not count). */
    public static boolean spansDays(Instant start, Instant end, ZoneId zone) {
        LocalDate first = start.atZone(zone).toLocalDate();
        return end.isAfter(first.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
