package org.fourmiliere.timesheets;

/** A time entry was corrected, or its punch was stopped. */
public record TimeEntryChanged(long entryId, long workerId) implements TimeEntryEvent {}
