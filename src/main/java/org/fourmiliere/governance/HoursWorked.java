package org.fourmiliere.governance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * What the eligibility to the work committee (§4) needs to know of the hours worked; supplied by the time
 * tracker, which also listens to {@link AttendanceMarked} to count meeting time (§7). Declared here so that the
 * time tracker depends on governance and not the reverse.
 */
public interface HoursWorked {

    /**
     * Minutes worked per person and calendar month (America/Montreal) on the local days from {@code from} to
     * {@code to} inclusive, every kind of hours counted (paid, volunteer, mandated), meeting time excluded (§4).
     * An entry across midnight counts on each day it touches, so in each month it touches (the time tracker's one
     * reading of hours, ADR 0301).
     */
    Map<Long, Map<YearMonth, Long>> minutesExcludingMeetings(LocalDate from, LocalDate to);

    /** The same for one person only: what a person's own outlook reads, without the whole collective's hours. */
    Map<Long, Map<YearMonth, Long>> minutesExcludingMeetings(LocalDate from, LocalDate to, long personId);
}
