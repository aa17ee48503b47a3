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

    /**
     * The one reading of hours (ADR 0301): the minutes of the workers, activities and kinds asked about, per local
     * day of America/Montreal between the query's days (both included). Entries across midnight count on each day
     * they touch; a day of a daylight-saving change counts its real length. Fold the rows by day, month, period,
     * worker, activity or kind with {@link Hours}.
     */
    Hours minutes(HoursQuery query);

    /** Eligibility's question (§4), answered by the one reading: minutes per local day, folded by month. */
    @Override
    default Map<Long, Map<YearMonth, Long>> minutesExcludingMeetings(LocalDate from, LocalDate to) {
        return minutes(HoursQuery.between(from, to).excludingMeetings().perWorkerAndMonth()).byWorkerAndMonth();
    }

    @Override
    default Map<Long, Map<YearMonth, Long>> minutesExcludingMeetings(LocalDate from, LocalDate to, long personId) {
        return minutes(HoursQuery.between(from, to).ofWorker(personId).excludingMeetings().perWorkerAndMonth())
                .byWorkerAndMonth();
    }

    /**
     * Records the time a person spent at a meeting, on the meeting activity of the body that met. Recording
     * again for the same meeting and person replaces the earlier entry (idempotent).
     */
    void recordMeetingTime(String meetingKey, long bodyId, String bodyCode, long personId, Instant start, Instant end);

    /**
     * Records minutes a worker spent on a day on an activity (another module's work, e.g. a reply to a request),
     * creating the activity as INTERNAL with that name when it does not exist yet. The same rules as any entry
     * (locked months refused). Returns the entry's id.
     */
    long recordWork(long personId, String activityCode, String activityName, LocalDate day, int minutes, String note);

    /** Removes what {@link #recordMeetingTime} recorded for that meeting and person, if anything. */
    void removeMeetingTime(String meetingKey, long personId);
}
