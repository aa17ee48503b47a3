package org.fourmiliere.timesheets;

/** A time entry was deleted: by hand, a punch shorter than a minute, or a meeting's time no longer counted. */
public record TimeEntryRemoved(long entryId, long workerId) implements TimeEntryEvent {}
