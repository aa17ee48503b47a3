package org.fourmiliere.timesheets.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.timesheets.internal.Activity;
import org.fourmiliere.timesheets.internal.TimeEntry;

/** JSON shapes of the time tracker's API. Instants are written in the collective's zone, with their offset. */
final class Views {

    private Views() {}

    record ActivityView(long id, String code, String name, String kind, Long organisationId, boolean billable,
                        Double budgetHours, boolean closed, Long spentMinutes) {
        static ActivityView of(Activity a, Long spent) {
            return new ActivityView(a.id(), a.code(), a.name(), a.kind().name(), a.organisationId(), a.billable(),
                    a.budgetMinutes() == null ? null : a.budgetMinutes() / 60.0, a.closed(), spent);
        }
    }

    record EntryView(long id, long worker, String activity, OffsetDateTime start, OffsetDateTime end, LocalDate day,
                     Integer minutes, String kind, boolean billable, boolean meeting, String note, boolean running,
                     Long adjusts) {
        static EntryView of(TimeEntry e) {
            return e == null ? null : new EntryView(e.id(), e.workerId(), e.activityCode(), local(e.start()),
                    local(e.end()), e.day(), e.minutes(), e.kind().name(), e.billable(), e.meeting(), e.note(),
                    e.running(), e.adjustsId());
        }
    }

    static OffsetDateTime local(java.time.Instant i) {
        return i == null ? null : i.atZone(TimeConfig.ZONE).toOffsetDateTime();
    }
}
