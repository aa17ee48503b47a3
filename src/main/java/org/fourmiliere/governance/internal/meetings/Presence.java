package org.fourmiliere.governance.internal.meetings;

/** Attendance of a person at a meeting. */
public enum Presence { PRESENT, EXCUSED, ABSENT }
