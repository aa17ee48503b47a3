package org.fourmiliere.timesheets;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The answer to a {@link HoursQuery}: minutes per worker, local day, activity, kind and meeting flag, split at the
 * local midnights of America/Montreal (a day has 23, 24 or 25 hours), with the folds every consumer needs. Every
 * total of hours in the application is a fold of these rows, so they agree to the minute.
 */
public record Hours(HoursQuery query, List<Row> rows) {

    /**
     * The minutes of one worker on one local day, one activity, one kind (adjustments may make them negative). With
     * a coarser {@link HoursQuery.Detail}, the day is the first of the month or of the query, the activity 0 and
     * the kind null when not kept, and meeting tells only whether the query asked for meeting time alone.
     */
    public record Row(long workerId, LocalDate day, long activityId, EntryKind kind, boolean meeting, long minutes) {
        public YearMonth month() {
            return YearMonth.from(day);
        }
    }

    public Hours {
        rows = List.copyOf(rows);
    }

    public long total() {
        long t = 0;
        for (Row r : rows) t += r.minutes();
        return t;
    }

    /** Only the rows that match (for example one worker's). */
    public Hours where(Predicate<Row> keep) {
        return new Hours(query, rows.stream().filter(keep).toList());
    }

    public Hours ofWorker(long workerId) {
        return where(r -> r.workerId() == workerId);
    }

    /** Sums the minutes by a key, keys in their natural order. */
    public <K extends Comparable<? super K>> Map<K, Long> sumBy(Function<Row, K> key) {
        Map<K, Long> out = new TreeMap<>();
        for (Row r : rows) out.merge(key.apply(r), r.minutes(), Long::sum);
        return Collections.unmodifiableMap(out);
    }

    /** Sums the minutes by two keys, both in their natural order. */
    public <K extends Comparable<? super K>, L extends Comparable<? super L>> Map<K, Map<L, Long>> sumBy(
            Function<Row, K> outer, Function<Row, L> inner) {
        Map<K, Map<L, Long>> out = new TreeMap<>();
        for (Row r : rows) out.computeIfAbsent(outer.apply(r), k -> new TreeMap<>()).merge(inner.apply(r), r.minutes(), Long::sum);
        return Collections.unmodifiableMap(out);
    }

    public Map<LocalDate, Long> byDay() {
        daily();
        return sumBy(Row::day);
    }

    public Map<YearMonth, Long> byMonth() {
        monthly();
        return sumBy(Row::month);
    }

    public Map<Long, Long> byWorker() {
        return sumBy(Row::workerId);
    }

    public Map<Long, Long> byActivity() {
        activities();
        return sumBy(Row::activityId);
    }

    /** Minutes of each kind, every kind present (0 when none). */
    public Map<EntryKind, Long> byKind() {
        kinds();
        Map<EntryKind, Long> out = new EnumMap<>(EntryKind.class);
        for (EntryKind k : EntryKind.values()) out.put(k, 0L);
        for (Row r : rows) out.merge(r.kind(), r.minutes(), Long::sum);
        return Collections.unmodifiableMap(out);
    }

    private void daily() {
        if (!query.detail().days()) throw new IllegalStateException("the rows were asked " + query.detail() + ": no days");
    }

    private void monthly() {
        if (query.detail() == HoursQuery.Detail.PERIOD) throw new IllegalStateException("the rows were asked per period: no months");
    }

    private void kinds() {
        if (!query.detail().kinds()) throw new IllegalStateException("the rows were asked " + query.detail() + ": no kinds");
    }

    private void activities() {
        if (!query.detail().activities()) throw new IllegalStateException("the rows were asked " + query.detail() + ": no activities");
    }

    public Map<Long, Map<LocalDate, Long>> byWorkerAndDay() {
        daily();
        return sumBy(Row::workerId, Row::day);
    }

    public Map<Long, Map<YearMonth, Long>> byWorkerAndMonth() {
        monthly();
        return sumBy(Row::workerId, Row::month);
    }
}
