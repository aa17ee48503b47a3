package org.fourmiliere.timesheets.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.timesheets.EntryKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The SQL of time entries ({@code ts_entry}), their minutes per local day ({@code ts_entry_day}) and the per-worker
 * row that serialises a worker's writes ({@code ts_worker}). One statement per method, so that the callers count
 * their round trips: the punch path is about eight.
 */
@Component
class TimeEntryStore {

    private static final String SELECT = """
            SELECT e.id, e.worker_id, e.activity_id, e.start_at, e.end_at, e.work_day, e.duration_min, e.kind, e.billable,
                   e.meeting, e.note, e.source, e.adjusts_id, a.code AS activity_code, a.name AS activity_name
            FROM ts_entry e JOIN ts_activity a ON a.id = e.activity_id
            """;
    private static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");

    private final JdbcClient jdbc;

    TimeEntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static TimeEntry map(ResultSet rs, int n) throws SQLException {
        Timestamp s = rs.getTimestamp("start_at");
        Timestamp e = rs.getTimestamp("end_at");
        return new TimeEntry(rs.getLong("id"), rs.getLong("worker_id"), rs.getLong("activity_id"),
                rs.getString("activity_code"), rs.getString("activity_name"),
                s == null ? null : s.toInstant(), e == null ? null : e.toInstant(),
                rs.getObject("work_day", LocalDate.class), rs.getObject("duration_min", Integer.class),
                EntryKind.valueOf(rs.getString("kind")), rs.getBoolean("billable"), rs.getBoolean("meeting"),
                rs.getString("note"), rs.getString("source"), rs.getObject("adjusts_id", Long.class));
    }

    Optional<TimeEntry> get(long id) {
        return jdbc.sql(SELECT + " WHERE e.id = :id").param("id", id).query(TimeEntryStore::map).optional();
    }

    Optional<TimeEntry> running(long workerId) {
        return jdbc.sql(SELECT + " WHERE e.running_worker = :w").param("w", workerId).query(TimeEntryStore::map).optional();
    }

    /** Entries of a worker (null: everyone) whose day is between from and to, by worker, day and start. */
    List<TimeEntry> list(Long workerId, LocalDate from, LocalDate to, int limit) {
        String where = workerId == null ? " WHERE e.worker_id >= :w" : " WHERE e.worker_id = :w";
        return jdbc.sql(SELECT + where + " AND e.work_day BETWEEN :f AND :t"
                        + " ORDER BY e.worker_id, e.work_day, e.start_at, e.id LIMIT :lim")
                .param("w", workerId == null ? Long.MIN_VALUE : workerId).param("f", from).param("t", to).param("lim", limit)
                .query(TimeEntryStore::map).list();
    }

    /**
     * In one query: the worker's running punch, if any, and the first timed entry that starts at or after {@code lo}
     * and still goes on after {@code at}.
     */
    List<TimeEntry> runningAndNextEnding(long workerId, Instant lo, Instant at) {
        return jdbc.sql("(" + SELECT + " WHERE e.running_worker = :w) UNION ALL (" + SELECT
                        + " WHERE e.worker_id = :w AND e.start_at >= :lo AND e.end_at > :at ORDER BY e.start_at LIMIT 1)")
                .param("w", workerId).param("lo", ts(lo)).param("at", ts(at)).query(TimeEntryStore::map).list();
    }

    /**
     * The first closed timed entry of the worker, started from {@code lo}, that meets [start, end) (end null: open),
     * other than {@code self}.
     */
    Optional<TimeEntry> firstMeeting(long workerId, Instant lo, Instant start, Instant end, long self) {
        return jdbc.sql(SELECT + """
                 WHERE e.worker_id = :w AND e.start_at >= :lo AND e.start_at < :e AND e.end_at > :s AND e.id <> :self
                 ORDER BY e.start_at LIMIT 1""")
            .param("w", workerId).param("lo", ts(lo)).param("s", ts(start))
            .param("e", ts(end == null ? FAR_FUTURE : end)).param("self", self)
            .query(TimeEntryStore::map).optional();
    }

    Optional<TimeEntry> ofMeeting(String meetingKey, long workerId) {
        return jdbc.sql(SELECT + " WHERE e.meeting_key = :k AND e.worker_id = :w").param("k", meetingKey).param("w", workerId)
                .query(TimeEntryStore::map).optional();
    }

    /** A new entry (runningWorker set: the worker's running punch); its days are written by {@link #insertDays}. */
    long insert(long workerId, long activityId, EntryShape shape, EntryKind kind, boolean billable, boolean meeting,
                String note, String source, Long adjustsId, Long runningWorker, Instant createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ts_entry (worker_id, activity_id, start_at, end_at, work_day, duration_min, kind, billable,
                    meeting, note, source, adjusts_id, running_worker, created_at)
                VALUES (:w, :a, :s, :e, :d, :m, :k, :b, :mt, :n, :src, :adj, :rw, :now)""")
            .param("w", workerId).param("a", activityId).param("s", ts(shape.start())).param("e", ts(shape.end()))
            .param("d", shape.day()).param("m", shape.minutes()).param("k", kind.name()).param("b", billable)
            .param("mt", meeting).param("n", note).param("src", source).param("adj", adjustsId)
            .param("rw", runningWorker).param("now", ts(createdAt))
            .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void update(long id, long activityId, EntryShape shape, EntryKind kind, boolean billable, boolean meeting, String note,
                Long runningWorker) {
        jdbc.sql("""
                UPDATE ts_entry SET activity_id = :a, start_at = :s, end_at = :e, work_day = :d, duration_min = :m,
                kind = :k, billable = :b, meeting = :mt, note = :n, running_worker = :rw WHERE id = :id""")
            .param("a", activityId).param("s", ts(shape.start())).param("e", ts(shape.end())).param("d", shape.day())
            .param("m", shape.minutes()).param("k", kind.name()).param("b", billable).param("mt", meeting)
            .param("n", note).param("rw", runningWorker).param("id", id).update();
    }

    /** Ends a running punch. */
    void end(long id, Instant end, int minutes) {
        jdbc.sql("UPDATE ts_entry SET end_at = :e, duration_min = :m, running_worker = NULL WHERE id = :id")
                .param("e", ts(end)).param("m", minutes).param("id", id).update();
    }

    void markMeeting(long id, String meetingKey) {
        jdbc.sql("UPDATE ts_entry SET meeting_key = :k WHERE id = :id").param("k", meetingKey).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM ts_entry WHERE id = :id").param("id", id).update();
    }

    /** The minutes per local day kept for an entry. */
    Map<LocalDate, Integer> days(long entryId) {
        Map<LocalDate, Integer> days = new LinkedHashMap<>();
        jdbc.sql("SELECT work_day, duration_min FROM ts_entry_day WHERE entry_id = :id").param("id", entryId)
                .query((rs, n) -> days.put(rs.getObject(1, LocalDate.class), rs.getInt(2))).list();
        return days;
    }

    void deleteDays(long entryId) {
        jdbc.sql("DELETE FROM ts_entry_day WHERE entry_id = :id").param("id", entryId).update();
    }

    void insertDays(long id, long workerId, long activityId, EntryKind kind, boolean billable, boolean meeting,
                    Map<LocalDate, Integer> days) {
        for (var d : days.entrySet()) {
            jdbc.sql("""
                    INSERT INTO ts_entry_day (entry_id, work_day, worker_id, activity_id, kind, billable, meeting, duration_min)
                    VALUES (:id, :d, :w, :a, :k, :b, :mt, :m)""")
                .param("id", id).param("d", d.getKey()).param("w", workerId).param("a", activityId)
                .param("k", kind.name()).param("b", billable).param("mt", meeting).param("m", d.getValue()).update();
        }
    }

    /** Locks the worker's row (made on first use) until the transaction ends. */
    void lockWorker(long workerId) {
        if (jdbc.sql("SELECT person_id FROM ts_worker WHERE person_id = :w FOR UPDATE").param("w", workerId)
                .query(Long.class).optional().isPresent()) {
            return;
        }
        jdbc.sql("INSERT INTO ts_worker (person_id) VALUES (:w) ON CONFLICT DO NOTHING").param("w", workerId).update();
        jdbc.sql("SELECT person_id FROM ts_worker WHERE person_id = :w FOR UPDATE").param("w", workerId).query(Long.class).single();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
