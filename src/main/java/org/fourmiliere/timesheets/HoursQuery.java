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
 * @param detail how fine the rows are: per day, month or the whole query; with or without activity and kind
 */
public record HoursQuery(LocalDate from, LocalDate to, Set<Long> workers, Set<Long> activities, Set<EntryKind> kinds,
                         Meetings meetings, Detail detail) {

    /** Meeting time: flagged on the entries (activity kind {@code MEETING}, or recorded from attendance). */
    public enum Meetings { INCLUDED, EXCLUDED, ONLY }

    /**
     * How fine the rows are, and so what can be folded from them. The coarser ones are added up in the database
     * (fewer rows to carry), from the same minutes per local day.
     */
    public enum Detail {
        /** Per worker, day, activity, kind and meeting flag. */
        ACTIVITY_AND_KIND(true, true, true),
        /** Per worker, day and kind (activity 0): what pay needs, a rate per day. */
        DAY_AND_KIND(true, false, true),
        /** Per worker and day (activity 0, kind null). */
        WORKER_AND_DAY(true, false, false),
        /** Per worker and month, each row dated the first day of its month (activity 0, kind null). */
        WORKER_AND_MONTH(false, false, false),
        /**
         * Per worker, activity, kind and meeting flag over the whole query, each row dated its first day. The whole
         * months inside the query are read from monthly totals the time tracker keeps as it writes (same transaction),
         * only the days at either edge from the minutes per day: a year costs twelve months of rows, not every day.
         */
        PERIOD(false, true, true);

        private final boolean days, activities, kinds;

        Detail(boolean days, boolean activities, boolean kinds) {
            this.days = days;
            this.activities = activities;
            this.kinds = kinds;
        }

        /** Whether each row is one local day (otherwise a month, or the whole query). */
        public boolean days() { return days; }

        public boolean activities() { return activities; }

        public boolean kinds() { return kinds; }
    }

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

    /** Rows of minutes per worker, day and kind only (activity 0). */
    public HoursQuery perDayAndKind() {
        return new HoursQuery(from, to, workers, activities, kinds, meetings, Detail.DAY_AND_KIND);
    }

    /** Rows of minutes per worker, activity and kind over the whole query, each dated the query's first day. */
    public HoursQuery perPeriod() {
        return new HoursQuery(from, to, workers, activities, kinds, meetings, Detail.PERIOD);
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
