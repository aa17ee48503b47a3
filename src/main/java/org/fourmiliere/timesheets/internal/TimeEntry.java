package org.fourmiliere.timesheets.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.timesheets.EntryKind;

/**
 * One entry of the time tracker: timed (start and end; no end while the punch runs) or a day and a duration
 * (start null). An adjusting entry ({@code adjustsId}) corrects a locked one; its minutes may be negative.
 */
public record TimeEntry(long id, long workerId, long activityId, String activityCode, String activityName,
                        Instant start, Instant end, LocalDate day, Integer minutes, EntryKind kind, boolean billable,
                        boolean meeting, String note, String source, Long adjustsId) {

    public boolean running() {
        return start != null && end == null;
    }

    public boolean timed() {
        return start != null;
    }

    static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    /** The minutes it counts on each local day (a running punch: its day, nothing counted). */
    public Map<LocalDate, Integer> days() {
        if (timed() && end != null) return DaySplit.minutesPerDay(start, end, TimeConfig.ZONE);
        return Map.of(day, minutes == null ? 0 : minutes);
    }

    /** This entry ended at {@code at}, counting {@code counted} minutes. */
    TimeEntry endedAt(Instant at, int counted) {
        return new TimeEntry(id, workerId, activityId, activityCode, activityName, start, at, day, counted, kind, billable,
                meeting, note, source, adjustsId);
    }

    /** The refusal of another entry that would overlap this one: names its day, its times and its activity. */
    Problems.Conflict clash() {
        var s = start.atZone(TimeConfig.ZONE);
        String until = end == null ? "…" : HM.format(end.atZone(TimeConfig.ZONE));
        return new Problems.Conflict("start", end == null ? "time.entry.overlap-running" : "time.entry.overlap",
                s.toLocalDate().toString(), HM.format(s), until, activityCode, id);
    }

    /** What the audit trail keeps of it. */
    Map<String, Object> auditFields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("worker", workerId);
        m.put("activity", activityCode);
        m.put("start", start);
        m.put("end", end);
        m.put("day", day);
        m.put("minutes", minutes);
        m.put("kind", kind);
        m.put("billable", billable);
        m.put("meeting", meeting);
        m.put("note", note);
        return m;
    }
}
