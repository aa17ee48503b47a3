package org.fourmiliere.timesheets;

import org.fourmiliere.shared.ModuleEvent;

/** A time entry of a worker was recorded, changed or removed (by hand, by a punch, an adjustment or a meeting). */
public sealed interface TimeEntryEvent extends ModuleEvent permits TimeEntryRecorded, TimeEntryChanged, TimeEntryRemoved {
    long entryId();

    long workerId();
}
