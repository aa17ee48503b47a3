package org.fourmiliere.governance.internal.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of meetings, their schedules, agendas and attendance; no rules. */
@Repository
class MeetingStore {

    private static final String MEETING_COLUMNS = """
            m.id, m.body_id, m.meeting_type, m.meeting_day, m.starts_at, m.ends_at, m.place, m.link, m.schedule_id,
            m.minutes, m.minutes_version, m.minutes_edited_by, m.minutes_edited_at""";

    private static final String SCHEDULE_COLUMNS = """
            id, body_id, meeting_type, recurrence, day_of_week, week_of_month, start_time, duration_minutes, place, link,
            active""";

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- meetings

    long insertMeeting(long bodyId, MeetingType type, LocalDate day, Instant startsAt, Instant endsAt, String place,
                       String link, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO meeting (body_id, meeting_type, meeting_day, starts_at, ends_at, place, link, schedule_id, created_at)
                VALUES (:body, :type, :day, :starts, :ends, :place, :link, NULL, :now)""")
                .param("body", bodyId).param("type", type.name()).param("day", day)
                .param("starts", Timestamp.from(startsAt)).param("ends", Timestamp.from(endsAt))
                .param("place", place).param("link", link).param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A meeting of a schedule on a day, unless that schedule already has one that day; 1 when created. */
    int insertScheduledMeeting(MeetingSchedule s, LocalDate day, Instant startsAt, Instant endsAt, Instant now) {
        return jdbc.sql("""
                INSERT INTO meeting (body_id, meeting_type, meeting_day, starts_at, ends_at, place, link, schedule_id, created_at)
                VALUES (:body, :type, :day, :starts, :ends, :place, :link, :schedule, :now)
                ON CONFLICT DO NOTHING""")
                .param("body", s.bodyId()).param("type", s.type().name()).param("day", day)
                .param("starts", Timestamp.from(startsAt)).param("ends", Timestamp.from(endsAt))
                .param("place", s.place()).param("link", s.link()).param("schedule", s.id())
                .param("now", Timestamp.from(now))
                .update();
    }

    Optional<Meeting> meeting(long id) {
        return jdbc.sql("SELECT " + MEETING_COLUMNS + " FROM meeting m WHERE m.id = :id").param("id", id)
                .query(MeetingStore::meeting).optional();
    }

    List<Meeting> between(LocalDate from, LocalDate to, Long bodyId) {
        return jdbc.sql("SELECT " + MEETING_COLUMNS + """
                 FROM meeting m WHERE m.meeting_day BETWEEN :from AND :to AND (:body IS NULL OR m.body_id = :body)
                ORDER BY m.starts_at, m.id""")
                .param("from", from).param("to", to).param("body", bodyId, Types.BIGINT)
                .query(MeetingStore::meeting).list();
    }

    /** Meetings of the given bodies, reflections and general assemblies, and those where the person is listed. */
    List<Meeting> ofPerson(long personId, List<Long> bodyIds, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + MEETING_COLUMNS + """
                 FROM meeting m WHERE m.meeting_day BETWEEN :from AND :to
                  AND (m.body_id IN (:bodies) OR m.meeting_type IN ('REFLECTION', 'GENERAL_ASSEMBLY')
                       OR EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.person_id = :person))
                ORDER BY m.starts_at, m.id""")
                .param("from", from).param("to", to).param("person", personId)
                .param("bodies", bodyIds.isEmpty() ? List.of(-1L) : bodyIds)
                .query(MeetingStore::meeting).list();
    }

    /** Saves the minutes if {@code baseVersion} is still the current version; false when it is not. */
    boolean saveMinutes(long meetingId, int baseVersion, String text, String by, Instant at) {
        return jdbc.sql("""
                UPDATE meeting SET minutes = :text, minutes_version = minutes_version + 1, minutes_edited_by = :by,
                  minutes_edited_at = :at WHERE id = :id AND minutes_version = :base""")
                .param("text", text).param("by", by).param("at", Timestamp.from(at))
                .param("id", meetingId).param("base", baseVersion).update() > 0;
    }

    // ---- schedules

    long insertSchedule(long bodyId, MeetingType type, MeetingSchedule.Recurrence recurrence, DayOfWeek dayOfWeek,
                        Integer weekOfMonth, java.time.LocalTime start, int durationMinutes, String place, String link) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO meeting_schedule (body_id, meeting_type, recurrence, day_of_week, week_of_month, start_time,
                  duration_minutes, place, link) VALUES (:body, :type, :rec, :dow, :week, :start, :dur, :place, :link)""")
                .param("body", bodyId).param("type", type.name()).param("rec", recurrence.name())
                .param("dow", dayOfWeek.getValue()).param("week", weekOfMonth, Types.INTEGER)
                .param("start", Time.valueOf(start)).param("dur", durationMinutes)
                .param("place", place).param("link", link)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<MeetingSchedule> schedule(long id) {
        return jdbc.sql("SELECT " + SCHEDULE_COLUMNS + " FROM meeting_schedule WHERE id = :id").param("id", id)
                .query(MeetingStore::schedule).optional();
    }

    List<MeetingSchedule> schedules() {
        return jdbc.sql("SELECT " + SCHEDULE_COLUMNS + " FROM meeting_schedule ORDER BY body_id, id")
                .query(MeetingStore::schedule).list();
    }

    List<MeetingSchedule> activeSchedules() {
        return jdbc.sql("SELECT " + SCHEDULE_COLUMNS + " FROM meeting_schedule WHERE active = TRUE ORDER BY body_id, id")
                .query(MeetingStore::schedule).list();
    }

    // ---- agenda

    int lastAgendaPosition(long meetingId) {
        return jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM agenda_item WHERE meeting_id = :m")
                .param("m", meetingId).query(Integer.class).single();
    }

    /** Makes room at {@code position}: the items from there move one place down. */
    void shiftAgenda(long meetingId, int position) {
        jdbc.sql("UPDATE agenda_item SET position = position + 1 WHERE meeting_id = :m AND position >= :p")
                .param("m", meetingId).param("p", position).update();
    }

    long insertAgendaItem(long meetingId, int position, Long proposerId, String proposer, String title, String text,
                          Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO agenda_item (meeting_id, position, proposer_id, proposer, title, body_text, created_at)
                VALUES (:m, :pos, :pid, :proposer, :title, :text, :now)""")
                .param("m", meetingId).param("pos", position).param("pid", proposerId, Types.BIGINT)
                .param("proposer", proposer).param("title", title).param("text", text)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<AgendaItem> agendaItem(long id) {
        return jdbc.sql("""
                SELECT id, meeting_id, position, proposer_id, proposer, title, body_text, created_at
                FROM agenda_item WHERE id = :id""").param("id", id).query(MeetingStore::agendaItem).optional();
    }

    List<AgendaItem> agenda(long meetingId) {
        return jdbc.sql("""
                SELECT id, meeting_id, position, proposer_id, proposer, title, body_text, created_at
                FROM agenda_item WHERE meeting_id = :m ORDER BY position, id""").param("m", meetingId)
                .query(MeetingStore::agendaItem).list();
    }

    /** The agendas of several meetings at once, by meeting then position. */
    List<AgendaItem> agendas(List<Long> meetingIds) {
        if (meetingIds.isEmpty()) return List.of();
        return jdbc.sql("""
                SELECT id, meeting_id, position, proposer_id, proposer, title, body_text, created_at
                FROM agenda_item WHERE meeting_id IN (:ids) ORDER BY meeting_id, position, id""").param("ids", meetingIds)
                .query(MeetingStore::agendaItem).list();
    }

    // ---- attendance

    void saveAttendance(long meetingId, long personId, Presence presence, boolean timeRecorded) {
        int updated = jdbc.sql("""
                UPDATE meeting_attendance SET presence = :p, time_recorded = :t WHERE meeting_id = :m AND person_id = :person""")
                .param("p", presence.name()).param("t", timeRecorded).param("m", meetingId).param("person", personId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO meeting_attendance (meeting_id, person_id, presence, time_recorded) VALUES (:m, :person, :p, :t)")
                    .param("p", presence.name()).param("t", timeRecorded).param("m", meetingId).param("person", personId).update();
        }
    }

    Optional<Attendance> attendance(long meetingId, long personId) {
        return jdbc.sql("""
                SELECT meeting_id, person_id, presence, time_recorded FROM meeting_attendance
                WHERE meeting_id = :m AND person_id = :person""").param("m", meetingId).param("person", personId)
                .query(MeetingStore::attendance).optional();
    }

    List<Attendance> attendance(long meetingId) {
        return jdbc.sql("""
                SELECT meeting_id, person_id, presence, time_recorded FROM meeting_attendance
                WHERE meeting_id = :m ORDER BY person_id""").param("m", meetingId)
                .query(MeetingStore::attendance).list();
    }

    // ---- calendar feeds

    Optional<String> feedToken(long personId) {
        return jdbc.sql("SELECT token FROM calendar_feed WHERE person_id = :p").param("p", personId)
                .query(String.class).optional();
    }

    /** Gives the person this token unless they already have one. */
    void insertFeedToken(long personId, String token) {
        jdbc.sql("INSERT INTO calendar_feed (person_id, token) VALUES (:p, :t) ON CONFLICT DO NOTHING")
                .param("p", personId).param("t", token).update();
    }

    Optional<Long> personOfFeedToken(String token) {
        return jdbc.sql("SELECT person_id FROM calendar_feed WHERE token = :t").param("t", token).query(Long.class).optional();
    }

    // ---- mapping

    private static Meeting meeting(ResultSet rs, int n) throws SQLException {
        Timestamp edited = rs.getTimestamp("minutes_edited_at");
        return new Meeting(rs.getLong("id"), rs.getLong("body_id"), MeetingType.valueOf(rs.getString("meeting_type")),
                rs.getObject("meeting_day", LocalDate.class), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), rs.getString("place"), rs.getString("link"),
                rs.getObject("schedule_id", Long.class), rs.getString("minutes"), rs.getInt("minutes_version"),
                rs.getString("minutes_edited_by"), edited == null ? null : edited.toInstant());
    }

    private static MeetingSchedule schedule(ResultSet rs, int n) throws SQLException {
        return new MeetingSchedule(rs.getLong("id"), rs.getLong("body_id"), MeetingType.valueOf(rs.getString("meeting_type")),
                MeetingSchedule.Recurrence.valueOf(rs.getString("recurrence")), DayOfWeek.of(rs.getInt("day_of_week")),
                rs.getObject("week_of_month", Integer.class), rs.getTime("start_time").toLocalTime(),
                rs.getInt("duration_minutes"), rs.getString("place"), rs.getString("link"), rs.getBoolean("active"));
    }

    private static AgendaItem agendaItem(ResultSet rs, int n) throws SQLException {
        return new AgendaItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("position"),
                rs.getObject("proposer_id", Long.class), rs.getString("proposer"), rs.getString("title"),
                rs.getString("body_text"), rs.getTimestamp("created_at").toInstant());
    }

    private static Attendance attendance(ResultSet rs, int n) throws SQLException {
        return new Attendance(rs.getLong("meeting_id"), rs.getLong("person_id"),
                Presence.valueOf(rs.getString("presence")), rs.getBoolean("time_recorded"));
    }
}
