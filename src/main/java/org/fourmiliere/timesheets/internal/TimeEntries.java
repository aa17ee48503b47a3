package org.fourmiliere.timesheets.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.timesheets.ActivityKind;
import org.fourmiliere.timesheets.EntryKind;
import org.fourmiliere.timesheets.TimeEntryChanged;
import org.fourmiliere.timesheets.TimeEntryRecorded;
import org.fourmiliere.timesheets.TimeEntryRemoved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the time tracker (§8), the same for pages, the API, the command-line client and imports:
 * one running punch per worker; no overlapping timed entries for one worker (refused with a message that
 * names the clash); times to the second, whole minutes counted per local day (midnight, daylight saving);
 * locked months never change (corrections are adjusting entries); every write audited.
 * Every write first locks the worker's row, so two requests for one worker never both pass the checks.
 */
@Service
public class TimeEntries {

    /** What a person asks for: timed ({@code start}, {@code end}) or a day and minutes. Null: default or unchanged. */
    public record EntryInput(String activity, Instant start, Instant end, LocalDate day, Integer minutes,
                             EntryKind kind, Boolean billable, String note, Boolean meeting) {}

    public record PunchResult(TimeEntry running, TimeEntry stopped) {}

    private static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");
    static final int MAX_MINUTES = 7 * 24 * 60;
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private final JdbcClient jdbc;
    private final Activities activities;
    private final Locks locks;
    private final AuditTrail audit;
    private final Clock clock;
    private final MonthTotals totals;

    private final ApplicationEventPublisher events;

    /** The entity type of time entries in the audit trail. */
    public static final String AUDIT_TYPE = "time_entry";

    TimeEntries(JdbcClient jdbc, Activities activities, Locks locks, AuditTrail audit, Clock clock, MonthTotals totals,
                ApplicationEventPublisher events) {
        this.events = events;
        this.totals = totals;
        this.jdbc = jdbc;
        this.activities = activities;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    static final String SELECT = """
            SELECT e.*, a.code AS activity_code, a.name AS activity_name FROM ts_entry e
            JOIN ts_activity a ON a.id = e.activity_id
            """;

    static TimeEntry map(ResultSet rs, int n) throws SQLException {
        Timestamp s = rs.getTimestamp("start_at");
        Timestamp e = rs.getTimestamp("end_at");
        return new TimeEntry(rs.getLong("id"), rs.getLong("worker_id"), rs.getLong("activity_id"),
                rs.getString("activity_code"), rs.getString("activity_name"),
                s == null ? null : s.toInstant(), e == null ? null : e.toInstant(),
                rs.getObject("work_day", LocalDate.class), rs.getObject("duration_min", Integer.class),
                EntryKind.valueOf(rs.getString("kind")), rs.getBoolean("billable"), rs.getBoolean("meeting"),
                rs.getString("note"), rs.getString("source"), rs.getObject("adjusts_id", Long.class));
    }

    public Optional<TimeEntry> get(long id) {
        return jdbc.sql(SELECT + " WHERE e.id = :id").param("id", id).query(TimeEntries::map).optional();
    }

    public Optional<TimeEntry> running(long workerId) {
        return jdbc.sql(SELECT + " WHERE e.running_worker = :w").param("w", workerId).query(TimeEntries::map).optional();
    }

    /** Entries of a worker (null: everyone) whose day is between from and to, by start. */
    public List<TimeEntry> list(Long workerId, LocalDate from, LocalDate to, int limit) {
        String where = workerId == null ? " WHERE e.worker_id >= :w" : " WHERE e.worker_id = :w";
        return jdbc.sql(SELECT + where + " AND e.work_day BETWEEN :f AND :t"
                        + " ORDER BY e.worker_id, e.work_day, e.start_at, e.id LIMIT :lim")
                .param("w", workerId == null ? Long.MIN_VALUE : workerId).param("f", from).param("t", to).param("lim", limit)
                .query(TimeEntries::map).list();
    }

    // ------------------------------------------------------------------ writes

    @Transactional
    public TimeEntry create(long workerId, EntryInput in, String source) {
        lockWorker(workerId);
        Activity activity = openActivity(in.activity());
        Shape shape = shape(in.start(), in.end(), in.day(), in.minutes(), false);
        if (shape.timed()) checkOverlap(workerId, shape.start(), shape.end(), null);
        locks.checkOpen(shape.days(), shape.timed() ? "start" : "day");
        EntryKind kind = in.kind() == null ? EntryKind.PAID : in.kind();
        boolean billable = in.billable() == null ? activity.billable() : in.billable();
        boolean meeting = Boolean.TRUE.equals(in.meeting()) || activity.kind() == ActivityKind.MEETING;
        long id = insert(workerId, activity.id(), shape, kind, billable, meeting, note(in.note()), source, null, null);
        TimeEntry created = get(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, "created", null, fields(created));
        events.publishEvent(new TimeEntryRecorded(id, workerId));
        return created;
    }

    @Transactional
    public TimeEntry update(long workerId, long id, EntryInput in) {
        lockWorker(workerId);
        TimeEntry before = own(workerId, id);
        locks.checkOpen(daysOf(before), "start");
        Activity activity = in.activity() == null ? activities.byId(before.activityId()).orElseThrow()
                : (in.activity().equals(before.activityCode()) ? activities.byId(before.activityId()).orElseThrow()
                : openActivity(in.activity()));
        Shape shape;
        boolean keepsRunning = before.running() && in.end() == null && in.day() == null;
        if (keepsRunning) {
            Instant start = in.start() == null ? before.start() : minute(in.start());
            if (start.isAfter(minute(Instant.now(clock)))) throw new Problems.InvalidInput("start", "time.entry.start.future");
            shape = new Shape(start, null, start.atZone(TimeConfig.ZONE).toLocalDate(), null, Map.of());
            checkOverlap(workerId, start, null, id);
        } else if (in.day() != null || in.minutes() != null) {
            shape = shape(null, null, in.day() == null ? before.day() : in.day(),
                    in.minutes() == null ? before.minutes() : in.minutes(), before.adjustsId() != null);
        } else if (before.timed()) {
            shape = shape(in.start() == null ? before.start() : in.start(), in.end() == null ? before.end() : in.end(),
                    null, null, false);
            checkOverlap(workerId, shape.start(), shape.end(), id);
        } else {
            shape = shape(in.start(), in.end(), before.day(), before.minutes(), before.adjustsId() != null);
            if (shape.timed()) checkOverlap(workerId, shape.start(), shape.end(), id);
        }
        if (!keepsRunning) locks.checkOpen(shape.days(), shape.timed() ? "start" : "day");
        EntryKind kind = in.kind() == null ? before.kind() : in.kind();
        boolean billable = in.billable() == null ? before.billable() : in.billable();
        boolean meeting = in.meeting() == null ? (before.meeting() || activity.kind() == ActivityKind.MEETING) : in.meeting();
        String note = in.note() == null ? before.note() : note(in.note());
        jdbc.sql("""
                UPDATE ts_entry SET activity_id = :a, start_at = :s, end_at = :e, work_day = :d, duration_min = :m,
                kind = :k, billable = :b, meeting = :mt, note = :n, running_worker = :rw WHERE id = :id""")
            .param("a", activity.id()).param("s", ts(shape.start())).param("e", ts(shape.end())).param("d", shape.day())
            .param("m", shape.minutes()).param("k", kind.name()).param("b", billable).param("mt", meeting)
            .param("n", note).param("rw", keepsRunning ? workerId : null).param("id", id).update();
        removeDays(before);
        writeDays(id, workerId, activity.id(), kind, billable, meeting, shape.days());
        TimeEntry after = get(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, "updated", fields(before), fields(after));
        events.publishEvent(new TimeEntryChanged(id, workerId));
        return after;
    }

    @Transactional
    public void delete(long workerId, long id) {
        lockWorker(workerId);
        TimeEntry before = own(workerId, id);
        locks.checkOpen(daysOf(before), "start");
        removeDays(before);
        jdbc.sql("DELETE FROM ts_entry WHERE id = :id").param("id", id).update();
        audit.record(AUDIT_TYPE, id, "deleted", fields(before), null);
        events.publishEvent(new TimeEntryRemoved(id, workerId));
    }

    /** Corrects a locked entry with a new entry on an open day: {@code minutes} may be negative. */
    @Transactional
    public TimeEntry adjust(long workerId, long lockedId, LocalDate day, int minutes, String note) {
        lockWorker(workerId);
        TimeEntry original = own(workerId, lockedId);
        if (minutes == 0 || Math.abs(minutes) > MAX_MINUTES) throw new Problems.InvalidInput("minutes", "time.entry.minutes.invalid", MAX_MINUTES);
        if (day == null) throw new Problems.InvalidInput("day", "time.entry.day.required");
        Map<LocalDate, Integer> days = Map.of(day, minutes);
        locks.checkOpen(days, "day");
        Shape shape = new Shape(null, null, day, minutes, days);
        long id = insert(workerId, original.activityId(), shape, original.kind(), original.billable(), original.meeting(),
                note(note), "ADJUSTMENT", lockedId, null);
        TimeEntry created = get(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, "adjusted", null, fields(created));
        audit.record(AUDIT_TYPE, lockedId, "adjusted-by", null, Map.of("adjustment", id, "minutes", minutes));
        events.publishEvent(new TimeEntryRecorded(id, workerId));
        return created;
    }

    /**
     * Starts a punch on an activity, or switches to it (the running punch stops now). The path workers take
     * several times a day, so it asks the database only what it must: the worker's lock, the activity, the running
     * punch with any entry that would overlap, the locked months, then its writes.
     */
    @Transactional
    public PunchResult punch(long workerId, String activityCode, EntryKind kindOrNull, String noteOrNull) {
        lockWorker(workerId);
        Activity activity = openActivity(activityCode);
        Instant now = minute(Instant.now(clock));
        Punching p = punching(workerId, now);
        if (p.running() != null && p.running().activityId() == activity.id() && kindOrNull == null && noteOrNull == null) {
            return new PunchResult(p.running(), null);
        }
        if (p.clash() != null) throw overlap(p.clash());
        LocalDate today = now.atZone(TimeConfig.ZONE).toLocalDate();
        Map<LocalDate, Integer> closedDays = p.running() == null || !now.isAfter(p.running().start()) ? Map.of()
                : DaySplit.minutesPerDay(p.running().start(), now, TimeConfig.ZONE);
        Map<LocalDate, Integer> touched = new LinkedHashMap<>(closedDays);
        touched.putIfAbsent(today, 0);
        locks.checkOpen(touched, "activity");
        List<AuditTrail.Line> audited = new ArrayList<>(2);
        TimeEntry stopped = p.running() == null ? null : closeChecked(p.running(), now, closedDays, audited).orElse(null);
        EntryKind kind = kindOrNull == null ? EntryKind.PAID : kindOrNull;
        boolean meeting = activity.kind() == ActivityKind.MEETING;
        String note = note(noteOrNull);
        Shape shape = new Shape(now, null, today, null, Map.of());
        long id = insert(workerId, activity.id(), shape, kind, activity.billable(), meeting, note, "PUNCH", null, workerId);
        TimeEntry started = new TimeEntry(id, workerId, activity.id(), activity.code(), activity.name(), now, null, today,
                null, kind, activity.billable(), meeting, note, "PUNCH", null);
        audited.add(new AuditTrail.Line(AUDIT_TYPE, id, "punched-in", null, fields(started)));
        audit.recordAll(audited);
        events.publishEvent(new TimeEntryRecorded(id, workerId));
        return new PunchResult(started, stopped);
    }

    /** Stops the running punch now. Empty when it lasted less than a minute: it is then discarded. */
    @Transactional
    public Optional<TimeEntry> stop(long workerId) {
        lockWorker(workerId);
        TimeEntry current = running(workerId).orElseThrow(() -> new Problems.Conflict("activity", "time.punch.not-running"));
        return close(current, minute(Instant.now(clock)));
    }

    /** What a punch at {@code at} must know: the running punch, and the first timed entry still going on after {@code at}. */
    private record Punching(TimeEntry running, TimeEntry clash) {}

    private Punching punching(long workerId, Instant at) {
        TimeEntry running = null;
        TimeEntry clash = null;
        for (TimeEntry e : jdbc.sql("(" + SELECT + " WHERE e.running_worker = :w) UNION ALL (" + SELECT
                        + " WHERE e.worker_id = :w AND e.start_at >= :lo AND e.end_at > :at ORDER BY e.start_at LIMIT 1)")
                .param("w", workerId).param("lo", ts(earliestClash(at))).param("at", ts(at)).query(TimeEntries::map).list()) {
            if (e.end() == null) running = e;
            else clash = e;
        }
        return new Punching(running, clash);
    }

    private Optional<TimeEntry> close(TimeEntry entry, Instant end) {
        Map<LocalDate, Integer> days = !end.isAfter(entry.start()) ? Map.of()
                : DaySplit.minutesPerDay(entry.start(), end, TimeConfig.ZONE);
        if (!days.isEmpty()) locks.checkOpen(days, "activity");
        List<AuditTrail.Line> audited = new ArrayList<>(1);
        Optional<TimeEntry> closed = closeChecked(entry, end, days, audited);
        audit.recordAll(audited);
        return closed;
    }

    /**
     * Ends the running {@code entry} at {@code end} over {@code days} (already checked open); discards it when empty.
     * The audit line is added to {@code audited}, for the caller to record with its own.
     */
    private Optional<TimeEntry> closeChecked(TimeEntry entry, Instant end, Map<LocalDate, Integer> days,
                                             List<AuditTrail.Line> audited) {
        if (days.isEmpty()) {
            jdbc.sql("DELETE FROM ts_entry WHERE id = :id").param("id", entry.id()).update();
            audited.add(new AuditTrail.Line(AUDIT_TYPE, entry.id(), "discarded", fields(entry), null));
            events.publishEvent(new TimeEntryRemoved(entry.id(), entry.workerId()));
            return Optional.empty();
        }
        int minutes = DaySplit.total(days);
        jdbc.sql("UPDATE ts_entry SET end_at = :e, duration_min = :m, running_worker = NULL WHERE id = :id")
                .param("e", ts(end)).param("m", minutes).param("id", entry.id()).update();
        writeDays(entry.id(), entry.workerId(), entry.activityId(), entry.kind(), entry.billable(), entry.meeting(), days);
        TimeEntry closed = new TimeEntry(entry.id(), entry.workerId(), entry.activityId(), entry.activityCode(),
                entry.activityName(), entry.start(), end, entry.day(), minutes, entry.kind(), entry.billable(),
                entry.meeting(), entry.note(), entry.source(), entry.adjustsId());
        audited.add(new AuditTrail.Line(AUDIT_TYPE, entry.id(), "punched-out", fields(entry), fields(closed)));
        events.publishEvent(new TimeEntryChanged(entry.id(), entry.workerId()));
        return Optional.of(closed);
    }

    // ------------------------------------------------------------------ meeting time (WorkedTime)

    @Transactional
    public void replaceMeetingTime(String meetingKey, long activityId, long personId, Instant start, Instant end) {
        lockWorker(personId);
        removeMeetingTimeLocked(meetingKey, personId);
        Shape shape = shape(start, end, null, null, false);
        checkOverlap(personId, shape.start(), shape.end(), null);
        locks.checkOpen(shape.days(), "start");
        long id = insert(personId, activityId, shape, EntryKind.PAID, false, true, null, "MEETING", null, null);
        jdbc.sql("UPDATE ts_entry SET meeting_key = :k WHERE id = :id").param("k", meetingKey).param("id", id).update();
        audit.record(AUDIT_TYPE, id, "meeting-recorded", null, fields(get(id).orElseThrow()));
        events.publishEvent(new TimeEntryRecorded(id, personId));
    }

    @Transactional
    public void removeMeetingTime(String meetingKey, long personId) {
        lockWorker(personId);
        removeMeetingTimeLocked(meetingKey, personId);
    }

    private void removeMeetingTimeLocked(String meetingKey, long personId) {
        jdbc.sql(SELECT + " WHERE e.meeting_key = :k AND e.worker_id = :w").param("k", meetingKey).param("w", personId)
                .query(TimeEntries::map).optional().ifPresent(old -> {
                    locks.checkOpen(daysOf(old), "start");
                    removeDays(old);
                    jdbc.sql("DELETE FROM ts_entry WHERE id = :id").param("id", old.id()).update();
                    audit.record(AUDIT_TYPE, old.id(), "meeting-removed", fields(old), null);
                    events.publishEvent(new TimeEntryRemoved(old.id(), personId));
                });
    }

    // ------------------------------------------------------------------ helpers

    /** The span and days of an entry, checked. */
    record Shape(Instant start, Instant end, LocalDate day, Integer minutes, Map<LocalDate, Integer> days) {
        boolean timed() { return start != null; }
    }

    Shape shape(Instant start, Instant end, LocalDate day, Integer minutes, boolean adjusting) {
        if (start != null || end != null) {
            if (start == null) throw new Problems.InvalidInput("start", "time.entry.start.required");
            if (end == null) throw new Problems.InvalidInput("end", "time.entry.end.required");
            Instant s = minute(start);
            Instant e = minute(end);
            if (!e.isAfter(s)) throw new Problems.InvalidInput("end", "time.entry.end.before-start");
            if (Duration.between(s, e).toMinutes() > MAX_MINUTES) {
                throw new Problems.InvalidInput("end", "time.entry.too-long", MAX_MINUTES / 60);
            }
            Map<LocalDate, Integer> days = DaySplit.minutesPerDay(s, e, TimeConfig.ZONE);
            return new Shape(s, e, s.atZone(TimeConfig.ZONE).toLocalDate(), DaySplit.total(days), days);
        }
        if (day == null && minutes == null) throw new Problems.InvalidInput("start", "time.entry.when.required");
        if (day == null) throw new Problems.InvalidInput("day", "time.entry.day.required");
        if (minutes == null) throw new Problems.InvalidInput("minutes", "time.entry.minutes.required");
        if ((minutes <= 0 && !adjusting) || minutes == 0 || Math.abs(minutes) > 24 * 60) {
            throw new Problems.InvalidInput("minutes", "time.entry.minutes.invalid", 24 * 60);
        }
        return new Shape(null, null, day, minutes, Map.of(day, minutes));
    }

    private long insert(long workerId, long activityId, Shape shape, EntryKind kind, boolean billable, boolean meeting,
                        String note, String source, Long adjustsId, Long runningWorker) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ts_entry (worker_id, activity_id, start_at, end_at, work_day, duration_min, kind, billable,
                    meeting, note, source, adjusts_id, running_worker, created_at)
                VALUES (:w, :a, :s, :e, :d, :m, :k, :b, :mt, :n, :src, :adj, :rw, :now)""")
            .param("w", workerId).param("a", activityId).param("s", ts(shape.start())).param("e", ts(shape.end()))
            .param("d", shape.day()).param("m", shape.minutes()).param("k", kind.name()).param("b", billable)
            .param("mt", meeting).param("n", note).param("src", source).param("adj", adjustsId)
            .param("rw", runningWorker).param("now", Timestamp.from(Instant.now(clock)))
            .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        writeDays(id, workerId, activityId, kind, billable, meeting, shape.days());
        return id;
    }

    private void removeDays(TimeEntry e) {
        Map<LocalDate, Integer> days = new LinkedHashMap<>();
        jdbc.sql("SELECT work_day, duration_min FROM ts_entry_day WHERE entry_id = :id").param("id", e.id())
                .query((rs, n) -> days.put(rs.getObject(1, LocalDate.class), rs.getInt(2))).list();
        totals.add(e.workerId(), e.kind(), days, -1);
        jdbc.sql("DELETE FROM ts_entry_day WHERE entry_id = :id").param("id", e.id()).update();
    }

    private void writeDays(long id, long workerId, long activityId, EntryKind kind, boolean billable, boolean meeting,
                           Map<LocalDate, Integer> days) {
        totals.add(workerId, kind, days, 1);
        for (var d : days.entrySet()) {
            jdbc.sql("""
                    INSERT INTO ts_entry_day (entry_id, work_day, worker_id, activity_id, kind, billable, meeting, duration_min)
                    VALUES (:id, :d, :w, :a, :k, :b, :mt, :m)""")
                .param("id", id).param("d", d.getKey()).param("w", workerId).param("a", activityId)
                .param("k", kind.name()).param("b", billable).param("mt", meeting).param("m", d.getValue()).update();
        }
    }

    /** Serialises the writes of one worker: the overlap and running-punch checks hold under this lock. */
    void lockWorker(long workerId) {
        if (jdbc.sql("SELECT person_id FROM ts_worker WHERE person_id = :w FOR UPDATE").param("w", workerId)
                .query(Long.class).optional().isPresent()) {
            return;
        }
        jdbc.sql("INSERT INTO ts_worker (person_id) VALUES (:w) ON CONFLICT DO NOTHING").param("w", workerId).update();
        jdbc.sql("SELECT person_id FROM ts_worker WHERE person_id = :w FOR UPDATE").param("w", workerId).query(Long.class).single();
    }

    /**
     * Refuses [start, end) (end null: open, a running punch) when it meets another timed entry of the worker.
     * No timed entry lasts more than {@link #MAX_MINUTES}, so a clash starts at most that long before
     * {@code start}: the bound keeps the search to a few days of the index, whatever the worker's history and
     * whatever plan the database keeps for the statement.
     */
    void checkOverlap(long workerId, Instant start, Instant end, Long self) {
        Optional<TimeEntry> clash = jdbc.sql(SELECT + """
                 WHERE e.worker_id = :w AND e.start_at >= :lo AND e.start_at < :e AND e.end_at > :s AND e.id <> :self
                 ORDER BY e.start_at LIMIT 1""")
            .param("w", workerId).param("lo", ts(earliestClash(start))).param("s", ts(start))
            .param("e", ts(end == null ? FAR_FUTURE : end))
            .param("self", self == null ? -1L : self)
            .query(TimeEntries::map).optional();
        if (clash.isEmpty()) {
            clash = running(workerId).filter(r -> r.id() != (self == null ? -1L : self))
                    .filter(r -> end == null || r.start().isBefore(end));
        }
        if (clash.isPresent()) throw overlap(clash.get());
    }

    /** The earliest start of an entry that could still be going on at {@code instant}: none lasts longer than {@link #MAX_MINUTES}. */
    private static Instant earliestClash(Instant instant) {
        return instant.minus(Duration.ofMinutes(MAX_MINUTES));
    }

    /** The refusal naming the entry that clashes: its day, its times and its activity. */
    private static Problems.Conflict overlap(TimeEntry c) {
        var s = c.start().atZone(TimeConfig.ZONE);
        String until = c.end() == null ? "…" : HM.format(c.end().atZone(TimeConfig.ZONE));
        return new Problems.Conflict("start", c.end() == null ? "time.entry.overlap-running" : "time.entry.overlap",
                s.toLocalDate().toString(), HM.format(s), until, c.activityCode(), c.id());
    }

    private Activity openActivity(String code) {
        Activity a = activities.require(code);
        if (a.closed()) throw new Problems.InvalidInput("activity", "time.activity.closed", a.code());
        return a;
    }

    private TimeEntry own(long workerId, long id) {
        return get(id).filter(e -> e.workerId() == workerId)
                .orElseThrow(() -> new Problems.NotFound("time.entry.not-found"));
    }

    static Map<LocalDate, Integer> daysOf(TimeEntry e) {
        if (e.timed() && e.end() != null) return DaySplit.minutesPerDay(e.start(), e.end(), TimeConfig.ZONE);
        return Map.of(e.day(), e.minutes() == null ? 0 : e.minutes());
    }

    static Instant minute(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.SECONDS);
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) return null;
        String t = note.strip();
        if (t.length() > 1000) throw new Problems.InvalidInput("note", "time.entry.note.too-long", 1000);
        return t;
    }

    static Map<String, Object> fields(TimeEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("worker", e.workerId());
        m.put("activity", e.activityCode());
        m.put("start", e.start());
        m.put("end", e.end());
        m.put("day", e.day());
        m.put("minutes", e.minutes());
        m.put("kind", e.kind());
        m.put("billable", e.billable());
        m.put("meeting", e.meeting());
        m.put("note", e.note());
        return m;
    }

    static YearMonth month(LocalDate d) {
        return YearMonth.from(d);
    }
}
