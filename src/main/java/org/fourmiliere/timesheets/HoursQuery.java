package org.fourmiliere.timesheets;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A question put to the time tracker about hours: which days (both ends included), which workers, activities and
 * kinds (empty: all of them), and whether meeting time is counted. Answered by {@link WorkedTime#minutes} with the
 * minutes of each local day (ADR 0300, ADR 0301).
 *
 * @param from first local day, included
 * @param to last local day, included
 * @param workers the workers asked about; empty: every worker
 * @param activities the activities asked about; empty: every activity
 * @param kinds the kinds of hours asked about; empty: every kind
 * @param meetings whether meeting time is counted, left out, or the only time counted
 * @param detail whether the rows keep the activity and the kind, or are only minutes per worker and day
 */
public record HoursQuery(LocalDate from, LocalDate to, Set<Long> workers, Set<Long> activities, Set<EntryKind> kinds,
                         Meetings meetings, Detail detail) {

    /** Meeting time: flagged on the entries (activity kind {@code MEETING}, or recorded from attendance). */
    public enum Meetings { INCLUDED, EXCLUDED, ONLY }

    /**
     * How fine the rows are: per worker, day, activity, kind and meeting flag; per worker and day only; or per worker
     * and month only (the minutes of the local days of each month, added up in the database: one row per worker
     * and month, dated the first of the month, for readers of monthly totals such as eligibility).
     */
    public enum Detail { ACTIVITY_AND_KIND, WORKER_AND_DAY, WORKER_AND_MONTH }

    public HoursQuery {
        if (from == null || to == null) throw new IllegalArgumentException("from and to are required");
        if (to.isBefore(from)) throw new IllegalArgumentException("to " + to + " is before from " + from);
        workers = workers == null ? Set.of() : Set.copyOf(new TreeSet<>(workers));
        activities = activities == null ? Set.of() : Set.copyOf(new TreeSet<>(activities));
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        meetings = meetings == null ? Meetings.INCLUDED : meetings;
        detail = detail == null ? Detail.ACTIVITY_AND_KIND : detail;
    }

    /** Every worker's hours of every kind between two days (both included), meeting time included. */
    public static HoursQuery between(LocalDate from, LocalDate to) {
        return new HoursQuery(from, to, Set.of(), Set.of(), Set.of(), Meetings.INCLUDED, Detail.ACTIVITY_AND_KIND);
    }

    public HoursQuery ofWorkers(Collection<Long> ids) {
        return new HoursQuery(from, to, Set.copyOf(ids), activities, kinds, meetings, detail);
    }

    public HoursQuery ofWorker(long id) {
        return ofWorkers(Set.of(id));
    }

    public HoursQuery onActivities(Collection<Long> ids) {
        return new HoursQuery(from, to, workers, Set.copyOf(ids), kinds, meetings, detail);
    }

    public HoursQuery ofKinds(Collection<EntryKind> ks) {
        return new HoursQuery(from, to, workers, activities, Set.copyOf(ks), meetings, detail);
    }

    public HoursQuery meetings(Meetings m) {
        return new HoursQuery(from, to, workers, activities, kinds, m, detail);
    }

    /** Rows of minutes per worker and day only: activity and kind are not kept (0 and null in the rows). */
    public HoursQuery perWorkerAndDay() {
        return new HoursQuery(from, to, workers, activities, kinds, meetings, Detail.WORKER_AND_DAY);
    }

    /**
     * Rows of minutes per worker and month only, each dated the first day of its month: the same per-day minutes
     * added up by the month of their day (use {@link Hours#byWorkerAndMonth} or {@link Hours#byMonth}).
     */
    public HoursQuery perWorkerAndMonth() {
        return new HoursQuery(from, to, workers, activities, kinds, meetings, Detail.WORKER_AND_MONTH);
    }

    /** The hours of §4 eligibility: every kind, meeting time left out. */
    public HoursQuery excludingMeetings() {
        return meetings(Meetings.EXCLUDED);
    }
}
