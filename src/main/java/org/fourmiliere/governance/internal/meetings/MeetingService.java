package org.fourmiliere.governance.internal.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.fourmiliere.governance.internal.meetings.MeetingCommands.AddAgendaItem;
import org.fourmiliere.governance.internal.meetings.MeetingCommands.CreateMeeting;
import org.fourmiliere.governance.internal.meetings.MeetingCommands.CreateSchedule;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.TimeConfig;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of the bodies: creation, recurring schedules, agenda, attendance (and meeting time), minutes. The rules
 * are those of {@link Meeting} and {@link MeetingSchedule}; the SQL is in {@link MeetingStore}; every write is
 * audited and done in one transaction.
 */
@Service
public class MeetingService {

    /** The entity types of meetings and of their schedules in the audit trail. */
    public static final String AUDIT_TYPE = "meeting", SCHEDULE_AUDIT_TYPE = "meeting_schedule";

    /** How far ahead schedules create meetings. */
    public static final int HORIZON_DAYS = 62;

    private final MeetingStore store;
    private final Clock clock;
    private final AuditTrail audit;
    private final BodyDirectory bodies;
    private final ApplicationEventPublisher events;

    MeetingService(MeetingStore store, Clock clock, AuditTrail audit, BodyDirectory bodies, ApplicationEventPublisher events) {
        this.store = store;
        this.clock = clock;
        this.audit = audit;
        this.bodies = bodies;
        this.events = events;
    }

    // ---- meetings

    @Transactional
    public Meeting create(CreateMeeting m) {
        BodyRef body = bodyFor(m.bodyId(), m.type());
        Meeting.Span span = Meeting.span(m.day(), m.start(), m.end());
        long id = store.insertMeeting(body.id(), m.type(), m.day(), span.startsAt(), span.endsAt(), blankToNull(m.place()),
                blankToNull(m.link()), clock.instant());
        Meeting created = get(id);
        audit.record(AUDIT_TYPE, id, "create", null, snapshot(created));
        return created;
    }

    public Meeting get(long id) {
        return find(id).orElseThrow(() -> new Problems.NotFound("meetings.not-found", id));
    }

    public Optional<Meeting> find(long id) {
        return store.meeting(id);
    }

    /** Meetings between two days (both included), optionally of one body, in order. */
    public List<Meeting> between(LocalDate from, LocalDate to, Long bodyId) {
        return store.between(from, to, bodyId);
    }

    /** Meetings a person attends or may attend: those of the bodies they belong to, and those where they are listed. */
    public List<Meeting> ofPerson(long personId, LocalDate from, LocalDate to) {
        List<Long> bodyIds = bodies.bodiesOf(personId, LocalDate.now(clock)).stream().map(BodyRef::id).toList();
        return store.ofPerson(personId, bodyIds, from, to);
    }

    /**
     * The person's coming meetings (as {@link #ofPerson}): those not over at {@code now} and held by {@code until}
     * at the latest, soonest first, at most {@code limit}.
     */
    public List<Meeting> comingFor(long personId, Instant now, LocalDate until, int limit) {
        LocalDate today = LocalDate.ofInstant(now, TimeConfig.ZONE);
        return ofPerson(personId, today, until).stream().filter(m -> m.endsAt().isAfter(now)).limit(limit).toList();
    }

    // ---- schedules

    @Transactional
    public MeetingSchedule createSchedule(CreateSchedule s) {
        bodyFor(s.bodyId(), s.type());
        Integer week = MeetingSchedule.weekOfMonth(s.recurrence(), s.weekOfMonth());
        long id = store.insertSchedule(s.bodyId(), s.type(), s.recurrence(), s.dayOfWeek(), week, s.start(),
                s.durationMinutes(), blankToNull(s.place()), blankToNull(s.link()));
        audit.record(SCHEDULE_AUDIT_TYPE, id, "create", null, Map.of("body", s.bodyId(), "type", s.type(),
                "recurrence", s.recurrence(), "day", s.dayOfWeek(), "start", s.start()));
        generate(LocalDate.now(clock));
        return schedule(id);
    }

    public MeetingSchedule schedule(long id) {
        return store.schedule(id).orElseThrow(() -> new Problems.NotFound("meetings.schedule.not-found", id));
    }

    public List<MeetingSchedule> schedules() {
        return store.schedules();
    }

    /** Creates the coming meetings of every active schedule up to the horizon; an existing one is left alone. */
    @Transactional
    public int generate(LocalDate today) {
        int created = 0;
        for (MeetingSchedule s : store.activeSchedules()) {
            for (LocalDate day : s.days(today, today.plusDays(HORIZON_DAYS))) {
                created += store.insertScheduledMeeting(s, day, s.startsOn(day), s.endsOn(day), clock.instant());
            }
        }
        return created;
    }

    // ---- agenda

    @Transactional
    public AgendaItem addAgendaItem(long meetingId, AddAgendaItem item) {
        return addAgendaItem(meetingId, item, SignedIn.current().map(SignedIn::personId).orElse(null),
                AuditTrail.currentActor(), clock.instant());
    }

    /**
     * Puts an item on the agenda as {@code proposer} (a person, or null) did at {@code at}: before the meeting ended.
     * What the demo's past meetings were given before they were held.
     */
    @Transactional
    public AgendaItem addAgendaItem(long meetingId, AddAgendaItem item, Long proposerId, String proposer, Instant at) {
        Meeting m = get(meetingId);
        m.checkAgendaOpen(at);
        int last = store.lastAgendaPosition(meetingId);
        int pos = Meeting.agendaPosition(item.position(), last);
        if (pos <= last) store.shiftAgenda(meetingId, pos);
        String title = item.title().strip();
        long id = store.insertAgendaItem(meetingId, pos, proposerId, proposer, title, blankToNull(item.text()), at);
        audit.record(AUDIT_TYPE, meetingId, "agenda-item", null, Map.of("position", pos, "title", title));
        return store.agendaItem(id).orElseThrow();
    }

    public List<AgendaItem> agenda(long meetingId) {
        return store.agenda(meetingId);
    }

    /** The agendas of several meetings in one query: meeting id → its items in order (an empty list if none). */
    public Map<Long, List<AgendaItem>> agendas(List<Long> meetingIds) {
        Map<Long, List<AgendaItem>> byMeeting = new LinkedHashMap<>();
        meetingIds.forEach(id -> byMeeting.put(id, new ArrayList<>()));
        for (AgendaItem item : store.agendas(meetingIds)) byMeeting.get(item.meetingId()).add(item);
        return byMeeting;
    }

    // ---- attendance

    /**
     * Marks a person present, excused or absent. When {@code recordTime} is set and the person is present, the
     * meeting's hours go into the time tracker on the meeting's activity; otherwise what was recorded is removed.
     */
    @Transactional
    public Attendance mark(long meetingId, long personId, Presence presence, boolean recordTime) {
        Meeting m = get(meetingId);
        Map<String, Object> before = store.attendance(meetingId, personId)
                .map(a -> Map.<String, Object>of("presence", a.presence(), "time", a.timeRecorded())).orElse(null);
        boolean record = recordTime && presence == Presence.PRESENT;
        store.saveAttendance(meetingId, personId, presence, record);
        String code = bodies.body(m.bodyId()).map(BodyRef::code).orElse("body-" + m.bodyId());
        // the time tracker counts (or no longer counts) the meeting's hours in this transaction: a refusal refuses the marking
        events.publishEvent(new AttendanceMarked(meetingId, m.key(), m.bodyId(), code, personId,
                presence == Presence.PRESENT, record, m.startsAt(), m.endsAt()));
        audit.record(AUDIT_TYPE, meetingId, "attendance", before == null ? null : prefixed(personId, before),
                prefixed(personId, Map.of("presence", presence, "time", record)));
        return new Attendance(meetingId, personId, presence, record);
    }

    public List<Attendance> attendance(long meetingId) {
        return store.attendance(meetingId);
    }

    public boolean isPresent(long meetingId, long personId) {
        return store.attendance(meetingId, personId).map(a -> a.presence() == Presence.PRESENT).orElse(false);
    }

    // ---- minutes

    /**
     * Saves the minutes if {@code baseVersion} is still the current version; otherwise refuses with both texts.
     * Anyone marked present may write; so may whoever manages the bodies (to correct them afterwards).
     */
    @Transactional
    public Meeting saveMinutes(long meetingId, int baseVersion, String text) {
        SignedIn who = SignedIn.require();
        return saveMinutes(meetingId, baseVersion, text, who.personId(), who.email(), who.has(Permission.MANAGE_BODIES),
                clock.instant());
    }

    /**
     * Saves the minutes as written by {@code writerId} ({@code writer} their e-mail) at {@code at}, on the same rules:
     * the writer was present, or manages the bodies. What the demo's past meetings were written by those present.
     */
    @Transactional
    public Meeting saveMinutes(long meetingId, int baseVersion, String text, Long writerId, String writer,
                               boolean managesBodies, Instant at) {
        Meeting m = get(meetingId);
        boolean present = writerId != null && isPresent(meetingId, writerId);
        Meeting.checkMayWriteMinutes(present, managesBodies);
        if (!store.saveMinutes(meetingId, baseVersion, text == null ? "" : text, writer, at)) {
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

    public Clock clock() {
        return clock;
    }
}
