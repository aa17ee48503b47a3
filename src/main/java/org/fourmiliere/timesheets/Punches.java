package org.fourmiliere.timesheets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Punching for another module (the chat bot and slash commands): the same path, rules and refusals as the web's
 * punch widget and {@code /api/v1/punch} — overlaps, locked months, closed or unknown activities are refused with
 * the same {@link org.fourmiliere.shared.Problems} and message keys.
 */
public interface Punches {

    /** A timed entry as the chat shows it; {@code end} null while it runs. */
    record Punched(long id, String activityCode, String activityName, Instant start, Instant end, Integer minutes) {}

    /** What a punch did: the entry now running, and the one it stopped (null if none). */
    record Outcome(Punched running, Punched stopped) {}

    /** Minutes per local day of a week (Monday first, every day present) and the week's total. */
    record Week(LocalDate monday, Map<LocalDate, Long> minutesByDay, long total) {}

    /** Starts a punch on an activity, or switches to it. */
    Outcome punch(long personId, String activityCode);

    /** Stops the running punch; empty when it lasted less than a minute (discarded). Refused when none runs. */
    Optional<Punched> stop(long personId);

    Optional<Punched> running(long personId);

    /** The person's week that contains {@code day}. */
    Week week(long personId, LocalDate day);

    /** The codes of open activities closest to {@code code} (at most {@code max}), closest first. */
    List<String> closestActivities(String code, int max);
}
