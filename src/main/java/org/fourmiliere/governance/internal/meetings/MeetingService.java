package org.fourmiliere.governance.internal.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.governance.AttendanceMarked;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.governance.BodyRef;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.TimeConfig;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings of the bodies: creation, recurring schedules, agenda, attendance (and meeting time), minutes. */
@Service
public class MeetingService {

    public record NewMeeting(long bodyId, MeetingType type, LocalDate day, LocalTime start, LocalTime end,
                             String place, String link) {}

    public record NewSchedule(long bodyId, MeetingType type, MeetingSchedule.Recurrence recurrence, DayOfWeek dayOfWeek,
                              Integer weekOfMonth, LocalTime start, int durationMinutes, String place, String link) {}

    /** The entity types of meetings and of their schedules in the audit trail. */
    public static final String AUDIT_TYPE = "meeting", SCHEDULE_AUDIT_TYPE = "meeting_schedule";

    /** How far ahead schedules create meetings. */
    public static final int HORIZON_DAYS = 62;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final BodyDirectory bodies;
    private final ApplicationEventPublisher events;

    MeetingService(JdbcClient jdbc, Clock clock, AuditTrail audit, BodyDirectory bodies, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.bodies = bodies;
        this.events = events;
    }

    // ---- meetings

    @Transactional
    public Meeting create(NewMeeting m) {
        BodyRef body = bodyFor(m.bodyId(), m.type());
        if (!m.end().isAfter(m.start())) {
            throw new Problems.InvalidInput("end", "meetings.end.before-start");
        }
        long id = insertMeeting(body.id(), m.type(), m.day(), m.start(), m.end(), m.place(), m.link(), null);
        Meeting created = get(id);
        audit.record(AUDIT_TYPE, id, "create", null, snapshot(created));
        return created;
    }

    private long insertMeeting(long bodyId, MeetingType type, LocalDate day, LocalTime start, LocalTime end,
                               String place, String link, Long scheduleId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO meeting (body_id, meeting_type, meeting_day, starts_at, ends_at, place, link, schedule_id, created_at)
                VALUES (:body, :type, :day, :starts, :ends, :place, :link, :schedule, :now)""")
                .param("body", bodyId).param("type", type.name()).param("day", day)
                .param("starts", Timestamp.from(day.atTime(start).atZone(TimeConfig.ZONE).toInstant()))
                .param("ends", Timestamp.from(day.atTime(end).atZone(TimeConfig.ZONE).toInstant()))
                .param("place", blankToNull(place)).param("link", blankToNull(link)).param("schedule", scheduleId)
                .param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Meeting get(long id) {
        return find(id).orElseThrow(() -> new Problems.NotFound("meetings.not-found", id));
    }

    public Optional<Meeting> find(long id) {
        return jdbc.sql("SELECT * FROM meeting WHERE id = :id").param("id", id).query(MeetingService::meeting).optional();
    }

    /** Meetings between two days (both included), optionally of one body, in order. */
    public List<Meeting> between(LocalDate from, LocalDate to, Long bodyId) {
        return jdbc.sql("""
                SELECT * FROM meeting WHERE meeting_day BETWEEN :from AND :to AND (:body IS NULL OR body_id = :body)
                ORDER BY starts_at, id""")
                .param("from", from).param("to", to).param("body", bodyId, java.sql.Types.BIGINT)
                .query(MeetingService::meeting).list();
    }

    /** Meetings a person attends or may attend: those of the bodies they belong to, and those where they are listed. */
    public List<Meeting> ofPerson(long personId, LocalDate from, LocalDate to) {
        List<Long> bodyIds = bodies.bodiesOf(personId, LocalDate.now(clock)).stream().map(BodyRef::id).toList();
        return jdbc.sql("""
                SELECT * FROM meeting m WHERE m.meeting_day BETWEEN :from AND :to
                  AND (m.body_id IN (:bodies) OR m.meeting_type IN ('REFLECTION', 'GENERAL_ASSEMBLY')
                       OR EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.person_id = :person))
                ORDER BY m.starts_at, m.id""")
                .param("from", from).param("to", to).param("person", personId)
                .param("bodies", bodyIds.isEmpty() ? List.of(-1L) : bodyIds)
                .query(MeetingService::meeting).list();
    }

    // ---- schedules

    @Transactional
    public MeetingSchedule createSchedule(NewSchedule s) {
        bodyFor(s.bodyId(), s.type());
        if (s.recurrence() == MeetingSchedule.Recurrence.MONTHLY && (s.weekOfMonth() == null || s.weekOfMonth() < 1 || s.weekOfMonth() > 5)) {
            throw new Problems.InvalidInput("weekOfMonth", "meetings.schedule.week");
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO meeting_schedule (body_id, meeting_type, recurrence, day_of_week, week_of_month, start_time,
                  duration_minutes, place, link) VALUES (:body, :type, :rec, :dow, :week, :start, :dur, :place, :link)""")
                .param("body", s.bodyId()).param("type", s.type().name()).param("rec", s.recurrence().name())
                .param("dow", s.dayOfWeek().getValue())
                .param("week", s.recurrence() == MeetingSchedule.Recurrence.MONTHLY ? s.weekOfMonth() : null, java.sql.Types.INTEGER)
                .param("start", java.sql.Time.valueOf(s.start())).param("dur", s.durationMinutes())
                .param("place", blankToNull(s.place())).param("link", blankToNull(s.link()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(SCHEDULE_AUDIT_TYPE, id, "create", null, Map.of("body", s.bodyId(), "type", s.type(),
                "recurrence", s.recurrence(), "day", s.dayOfWeek(), "start", s.start()));
        generate(LocalDate.now(clock));
        return schedule(id);
    }

    public MeetingSchedule schedule(long id) {
        return jdbc.sql("SELECT * FROM meeting_schedule WHERE id = :id").param("id", id).query(MeetingService::schedule)
                .optional().orElseThrow(() -> new Problems.NotFound("meetings.schedule.not-found", id));
    }

    public List<MeetingSchedule> schedules() {
        return jdbc.sql("SELECT * FROM meeting_schedule ORDER BY body_id, id").query(MeetingService::schedule).list();
    }

    /** Creates the coming meetings of every active schedule up to the horizon; an existing one is left alone. */
    @Transactional
    public int generate(LocalDate today) {
        int created = 0;
        for (MeetingSchedule s : schedules()) {
            if (!s.active()) continue;
            for (LocalDate day : s.days(today, today.plusDays(HORIZON_DAYS))) {
                created += jdbc.sql("""
                        INSERT INTO meeting (body_id, meeting_type, meeting_day, starts_at, ends_at, place, link, schedule_id, created_at)
                        VALUES (:body, :type, :day, :starts, :ends, :place, :link, :schedule, :now)
                        ON CONFLICT DO NOTHING""")
                        .param("body", s.bodyId()).param("type", s.type().name()).param("day", day)
                        .param("starts", Timestamp.from(day.atTime(s.startTime()).atZone(TimeConfig.ZONE).toInstant()))
                        .param("ends", Timestamp.from(day.atTime(s.startTime()).atZone(TimeConfig.ZONE).toInstant()
                                .plusSeconds(s.durationMinutes() * 60L)))
                        .param("place", s.place()).param("link", s.link()).param("schedule", s.id())
                        .param("now", Timestamp.from(clock.instant()))
                        .update();
            }
        }
        return created;
    }

    // ---- agenda

    @Transactional
    public AgendaItem addAgendaItem(long meetingId, String title, String text, Integer position) {
        Meeting m = get(meetingId);
        if (!clock.instant().isBefore(m.endsAt())) {
            throw new Problems.Conflict("title", "meetings.agenda.closed");
        }
        int last = jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM agenda_item WHERE meeting_id = :m")
                .param("m", meetingId).query(Integer.class).single();
        int pos = position == null || position > last ? last + 1 : Math.max(1, position);
        if (pos <= last) {
            jdbc.sql("UPDATE agenda_item SET position = position + 1 WHERE meeting_id = :m AND position >= :p")
                    .param("m", meetingId).param("p", pos).update();
        }
        Optional<SignedIn> who = SignedIn.current();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO agenda_item (meeting_id, position, proposer_id, proposer, title, body_text, created_at)
                VALUES (:m, :pos, :pid, :proposer, :title, :text, :now)""")
                .param("m", meetingId).param("pos", pos)
                .param("pid", who.map(SignedIn::personId).orElse(null), java.sql.Types.BIGINT)
                .param("proposer", AuditTrail.currentActor()).param("title", title.strip())
                .param("text", blankToNull(text)).param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(AUDIT_TYPE, meetingId, "agenda-item", null, Map.of("position", pos, "title", title.strip()));
        return agenda(meetingId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    public List<AgendaItem> agenda(long meetingId) {
        return jdbc.sql("SELECT * FROM agenda_item WHERE meeting_id = :m ORDER BY position, id").param("m", meetingId)
                .query((rs, n) -> new AgendaItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("position"),
                        (Long) rs.getObject("proposer_id", Long.class), rs.getString("proposer"), rs.getString("title"),
                        rs.getString("body_text"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    // ---- attendance

    /**
     * Marks a person present, excused or absent. When {@code recordTime} is set and the person is present, the
     * meeting's hours go into the time tracker on the meeting's activity; otherwise what was recorded is removed.
     */
    @Transactional
    public Attendance mark(long meetingId, long personId, Presence presence, boolean recordTime) {
        Meeting m = get(meetingId);
        Map<String, Object> before = attendance(meetingId).stream().filter(a -> a.personId() == personId).findFirst()
                .map(a -> Map.<String, Object>of("presence", a.presence(), "time", a.timeRecorded())).orElse(null);
        boolean record = recordTime && presence == Presence.PRESENT;
        int updated = jdbc.sql("UPDATE meeting_attendance SET presence = :p, time_recorded = :t WHERE meeting_id = :m AND person_id = :person")
                .param("p", presence.name()).param("t", record).param("m", meetingId).param("person", personId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO meeting_attendance (meeting_id, person_id, presence, time_recorded) VALUES (:m, :person, :p, :t)")
                    .param("p", presence.name()).param("t", record).param("m", meetingId).param("person", personId).update();
        }
        String code = bodies.body(m.bodyId()).map(BodyRef::code).orElse("body-" + m.bodyId());
        // the time tracker counts (or no longer counts) the meeting's hours in this transaction: a refusal refuses the marking
        events.publishEvent(new AttendanceMarked(meetingId, m.key(), m.bodyId(), code, personId,
                presence == Presence.PRESENT, record, m.startsAt(), m.endsAt()));
        audit.record(AUDIT_TYPE, meetingId, "attendance", before == null ? null : prefixed(personId, before),
                prefixed(personId, Map.of("presence", presence, "time", record)));
        return new Attendance(meetingId, personId, presence, record);
    }

    public List<Attendance> attendance(long meetingId) {
        return jdbc.sql("SELECT * FROM meeting_attendance WHERE meeting_id = :m ORDER BY person_id").param("m", meetingId)
                .query((rs, n) -> new Attendance(rs.getLong("meeting_id"), rs.getLong("person_id"),
                        Presence.valueOf(rs.getString("presence")), rs.getBoolean("time_recorded")))
                .list();
    }

    public boolean isPresent(long meetingId, long personId) {
        return attendance(meetingId).stream().anyMatch(a -> a.personId() == personId && a.presence() == Presence.PRESENT);
    }

    // ---- minutes

    /**
     * Saves the minutes if {@code baseVersion} is still the current version; otherwise refuses with both texts.
     * Anyone marked present may write; so may whoever manages the bodies (to correct them afterwards).
     */
    @Transactional
    public Meeting saveMinutes(long meetingId, int baseVersion, String text) {
        Meeting m = get(meetingId);
        SignedIn who = SignedIn.require();
        boolean present = who.personId() != null && isPresent(meetingId, who.personId());
        if (!present && !who.has(Permission.MANAGE_BODIES)) {
            throw new Problems.Conflict("minutes", "meetings.minutes.not-present");
        }
        int updated = jdbc.sql("""
                UPDATE meeting SET minutes = :text, minutes_version = minutes_version + 1, minutes_edited_by = :by,
                  minutes_edited_at = :at WHERE id = :id AND minutes_version = :base""")
                .param("text", text == null ? "" : text).param("by", who.email()).param("at", Timestamp.from(clock.instant()))
                .param("id", meetingId).param("base", baseVersion).update();
        if (updated == 0) {
            throw new MinutesConflict(get(meetingId), text);
        }
        audit.record(AUDIT_TYPE, meetingId, "minutes", Map.of("version", m.minutesVersion()), Map.of("version", m.minutesVersion() + 1));
        return get(meetingId);
    }

    // ---- helpers

    public BodyRef bodyFor(long bodyId, MeetingType type) {
        BodyRef body = bodies.body(bodyId).orElseThrow(() -> new Problems.InvalidInput("bodyId", "meetings.body.unknown", bodyId));
        if (type != null && !type.heldBy(body.kind())) {
            throw new Problems.InvalidInput("type", "meetings.type.body-mismatch");
        }
        return body;
    }

    private static Map<String, Object> prefixed(long personId, Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put("person " + personId + " " + k, v));
        return out;
    }

    private static Map<String, Object> snapshot(Meeting m) {
        Map<String, Object> s = new HashMap<>();
        s.put("body", m.bodyId());
        s.put("type", m.type());
        s.put("day", m.day());
        s.put("starts", m.startsAt());
        s.put("ends", m.endsAt());
        s.put("place", m.place());
        s.put("link", m.link());
        return s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Meeting meeting(ResultSet rs, int n) throws SQLException {
        Timestamp edited = rs.getTimestamp("minutes_edited_at");
        return new Meeting(rs.getLong("id"), rs.getLong("body_id"), MeetingType.valueOf(rs.getString("meeting_type")),
                rs.getObject("meeting_day", LocalDate.class), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), rs.getString("place"), rs.getString("link"),
                rs.getObject("schedule_id", Long.class), rs.getString("minutes"), rs.getInt("minutes_version"),
                rs.getString("minutes_edited_by"), edited == null ? null : edited.toInstant());
    }

    static MeetingSchedule schedule(ResultSet rs, int n) throws SQLException {
        return new MeetingSchedule(rs.getLong("id"), rs.getLong("body_id"), MeetingType.valueOf(rs.getString("meeting_type")),
                MeetingSchedule.Recurrence.valueOf(rs.getString("recurrence")), DayOfWeek.of(rs.getInt("day_of_week")),
                rs.getObject("week_of_month", Integer.class), rs.getTime("start_time").toLocalTime(),
                rs.getInt("duration_minutes"), rs.getString("place"), rs.getString("link"), rs.getBoolean("active"));
    }

    public Clock clock() {
        return clock;
    }
}
