package org.fourmiliere.timesheets;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/** What other modules may ask of, or record in, the time tracker. */
public interface WorkedTime {

    /**
     * Minutes worked per person and calendar month (America/Montreal) for entries that start between
     * {@code from} and {@code to} inclusive, every kind of hours counted (paid, volunteer, mandated), meeting
     * time excluded (§4).
     */
    Map<Long, Map<YearMonth, Long>> minutesExcludingMeetings(LocalDate from, LocalDate to);

    /**
     * Records the time a person spent at a meeting, on the meeting activity of the body that met. Recording
     * again for the same meeting and person replaces the earlier entry (idempotent).
     */
    void recordMeetingTime(String meetingKey, long bodyId, String bodyCode, long personId, Instant start, Instant end);

    /** Removes what {@link #recordMeetingTime} recorded for that meeting and person, if anything. */
    void removeMeetingTime(String meetingKey, long personId);
}
