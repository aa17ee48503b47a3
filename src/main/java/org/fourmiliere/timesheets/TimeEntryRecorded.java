package org.fourmiliere.timesheets;

/** A time entry was recorded: entered, punched in, an adjustment of a locked entry, or a meeting's time. */
public record TimeEntryRecorded(long entryId, long workerId) implements TimeEntryEvent {}
