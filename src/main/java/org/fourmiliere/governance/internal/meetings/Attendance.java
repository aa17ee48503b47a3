package org.fourmiliere.governance.internal.meetings;

/** Whether a person was at a meeting, and whether the meeting's hours went into the time tracker. */
public record Attendance(long meetingId, long personId, Presence presence, boolean timeRecorded) {}
