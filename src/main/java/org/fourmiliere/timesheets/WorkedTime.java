package org.fourmiliere.timesheets;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.fourmiliere.governance.HoursWorked;

/**
 * What other modules may ask of, or record in, the time tracker. Meeting time is recorded when governance
 * publishes {@link org.fourmiliere.governance.AttendanceMarked}; the methods below are what that reaction does.
 */
public interface WorkedTime extends HoursWorked {

    @Override
    Map<Long, Map<YearMonth, Long>> minutesExcludingMeetings(LocalDate from, LocalDate to);

    /**
     * Records the time a person spent at a meeting, on the meeting activity of the body that met. Recording
     * again for the same meeting and person replaces the earlier entry (idempotent).
     */
    void recordMeetingTime(String meetingKey, long bodyId, String bodyCode, long personId, Instant start, Instant end);

    /** Removes what {@link #recordMeetingTime} recorded for that meeting and person, if anything. */
    void removeMeetingTime(String meetingKey, long personId);
}
