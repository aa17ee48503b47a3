package org.fourmiliere.timesheets.internal;

import java.time.Instant;
import java.time.LocalDate;
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
}
