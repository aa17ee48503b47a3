package org.fourmiliere.timesheets.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.timesheets.ActivityKind;
import org.fourmiliere.timesheets.EntryKind;
import org.fourmiliere.timesheets.TimeEntryChanged;
import org.fourmiliere.timesheets.TimeEntryRecorded;
import org.fourmiliere.timesheets.TimeEntryRemoved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the time tracker (§8), the same for pages, the API, the command-line client and imports:
 * one running punch per worker; no overlapping timed entries for one worker (refused with a message that
 * names the clash); times to the second, whole minutes counted per local day (midnight, daylight saving);
 * locked months never change (corrections are adjusting entries); every write audited.
 * Every write first locks the worker's row, so two requests for one worker never both pass the checks.
 * The rules of one entry are {@link EntryShape}'s and {@link TimeEntry}'s; the SQL is {@link TimeEntryStore}'s;
 * this service holds the transactions, the checks against other entries and locked months, the audit and the events.
 */
@Service
public class TimeEntries {

    /** What a person asks for: timed ({@code start}, {@code end}) or a day and minutes. Null: default or unchanged. */
    public record EntryInput(String activity, Instant start, Instant end, LocalDate day, Integer minutes,
                             EntryKind kind, Boolean billable, String note, Boolean meeting) {}

    public record PunchResult(TimeEntry running, TimeEntry stopped) {}

    /** The entity type of time entries in the audit trail. */
    public static final String AUDIT_TYPE = "time_entry";

    private final TimeEntryStore store;
    private final Activities activities;
    private final Locks locks;
    private final AuditTrail audit;
    private final Clock clock;
    private final MonthTotalStore totals;
    private final ApplicationEventPublisher events;
    private final MemberDirectory members;
    private final BillableTimeService billing;

    TimeEntries(TimeEntryStore store, Activities activities, Locks locks, AuditTrail audit, Clock clock, MonthTotalStore totals,
                ApplicationEventPublisher events, MemberDirectory members, BillableTimeService billing) {
        this.members = members;
        this.billing = billing;
        this.store = store;
        this.activities = activities;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
        this.totals = totals;
        this.events = events;
    }

    public Optional<TimeEntry> get(long id) {
        return store.get(id);
    }

    public Optional<TimeEntry> running(long workerId) {
        return store.running(workerId);
    }

    /** Entries of a worker (null: everyone) whose day is between from and to, by start. */
    public List<TimeEntry> list(Long workerId, LocalDate from, LocalDate to, int limit) {
        return store.list(workerId, from, to, limit);
    }

    // ------------------------------------------------------------------ writes

    @Transactional
    public TimeEntry create(long workerId, EntryInput in, String source) {
        store.lockWorker(workerId);
        Activity activity = openActivity(in.activity());
        EntryShape shape = EntryShape.of(in.start(), in.end(), in.day(), in.minutes(), false);
        if (shape.timed()) checkOverlap(workerId, shape.start(), shape.end(), null);
        locks.checkOpen(shape.days(), shape.timed() ? "start" : "day");
        EntryKind kind = in.kind() == null ? EntryKind.PAID : in.kind();
        boolean billable = in.billable() == null ? activity.billable() : in.billable();
        boolean meeting = Boolean.TRUE.equals(in.meeting()) || activity.kind() == ActivityKind.MEETING;
        long id = insert(workerId, activity.id(), shape, kind, billable, meeting, EntryShape.note(in.note()), source, null, null);
        TimeEntry created = store.get(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, "created", null, created.auditFields());
        events.publishEvent(new TimeEntryRecorded(id, workerId));
        return created;
    }

    @Transactional
    public TimeEntry update(long workerId, long id, EntryInput in) {
        store.lockWorker(workerId);
        TimeEntry before = own(workerId, id);
        locks.checkOpen(before.days(), "start");
        billing.refuseIfBilled(id);
        Activity activity = in.activity() == null ? activities.byId(before.activityId()).orElseThrow()
                : (in.activity().equals(before.activityCode()) ? activities.byId(before.activityId()).orElseThrow()
                : openActivity(in.activity()));
        EntryShape shape;
        boolean keepsRunning = before.running() && in.end() == null && in.day() == null;
        if (keepsRunning) {
            Instant start = in.start() == null ? before.start() : EntryShape.second(in.start());
            if (start.isAfter(EntryShape.second(Instant.now(clock)))) throw new Problems.InvalidInput("start", "time.entry.start.future");
            shape = EntryShape.running(start);
            checkOverlap(workerId, start, null, id);
        } else if (in.day() != null || in.minutes() != null) {
            shape = EntryShape.of(null, null, in.day() == null ? before.day() : in.day(),
                    in.minutes() == null ? before.minutes() : in.minutes(), before.adjustsId() != null);
        } else if (before.timed()) {
            shape = EntryShape.timed(in.start() == null ? before.start() : in.start(), in.end() == null ? before.end() : in.end());
            checkOverlap(workerId, shape.start(), shape.end(), id);
        } else {
            shape = EntryShape.of(in.start(), in.end(), before.day(), before.minutes(), before.adjustsId() != null);
            if (shape.timed()) checkOverlap(workerId, shape.start(), shape.end(), id);
        }
        if (!keepsRunning) locks.checkOpen(shape.days(), shape.timed() ? "start" : "day");
        EntryKind kind = in.kind() == null ? before.kind() : in.kind();
        boolean billable = in.billable() == null ? before.billable() : in.billable();
        boolean meeting = in.meeting() == null ? (before.meeting() || activity.kind() == ActivityKind.MEETING) : in.meeting();
        String note = in.note() == null ? before.note() : EntryShape.note(in.note());
        store.update(id, activity.id(), shape, kind, billable, meeting, note, keepsRunning ? workerId : null);
        removeDays(before);
        writeDays(id, workerId, activity.id(), kind, billable, meeting, shape.days());
        TimeEntry after = store.get(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, "updated", before.auditFields(), after.auditFields());
        events.publishEvent(new TimeEntryChanged(id, workerId));
        return after;
    }

    @Transactional
    public void delete(long workerId, long id) {
        store.lockWorker(workerId);
        TimeEntry before = own(workerId, id);
        locks.checkOpen(before.days(), "start");
        billing.refuseIfBilled(id);
        removeDays(before);
        store.delete(id);
        audit.record(AUDIT_TYPE, id, "deleted", before.auditFields(), null);
        events.publishEvent(new TimeEntryRemoved(id, workerId));
    }

    /** Corrects a locked entry with a new entry on an open day: {@code minutes} may be negative. */
    @Transactional
    public TimeEntry adjust(long workerId, long lockedId, LocalDate day, int minutes, String note) {
        store.lockWorker(workerId);
        TimeEntry original = own(workerId, lockedId);
        EntryShape shape = EntryShape.adjustment(day, minutes);
        locks.checkOpen(shape.days(), "day");
        long id = insert(workerId, original.activityId(), shape, original.kind(), original.billable(), original.meeting(),
                EntryShape.note(note), "ADJUSTMENT", lockedId, null);
        TimeEntry created = store.get(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, "adjusted", null, created.auditFields());
        audit.record(AUDIT_TYPE, lockedId, "adjusted-by", null, Map.of("adjustment", id, "minutes", minutes));
        events.publishEvent(new TimeEntryRecorded(id, workerId));
        return created;
    }

    /**
     * Starts a punch on an activity, or switches to it (the running punch stops now). The path workers take
     * several times a day, so it asks the database only what it must: the worker's lock, the activity, the running
     * punch with any entry that would overlap (one query), the locked months (kept in memory), then its writes and
     * one batch of audit lines.
     */
    @Transactional
    public PunchResult punch(long workerId, String activityCode, EntryKind kindOrNull, String noteOrNull) {
        return punch(workerId, activityCode, kindOrNull, noteOrNull, null);
    }

    /**
     * The same, at {@code atOrNull} (null: now): a punch recorded offline by a client and sent later keeps its real
     * time, under the same rules (no overlap, no locked month, not before the running punch's start).
     */
    @Transactional
    public PunchResult punch(long workerId, String activityCode, EntryKind kindOrNull, String noteOrNull, Instant atOrNull) {
        store.lockWorker(workerId);
        Activity activity = openActivity(activityCode);
        Instant now = punchTime(atOrNull);
        Punching p = punching(workerId, now);
        if (p.running() != null && p.running().activityId() == activity.id() && kindOrNull == null && noteOrNull == null) {
            return new PunchResult(p.running(), null);
        }
        if (p.running() != null && p.running().start().isAfter(now)) throw beforeStart(p.running());
        if (p.clash() != null) throw p.clash().clash();
        Map<LocalDate, Integer> closedDays = p.running() == null ? Map.of() : EntryShape.between(p.running().start(), now);
        EntryShape shape = EntryShape.running(now);
        Map<LocalDate, Integer> touched = new LinkedHashMap<>(closedDays);
        touched.putIfAbsent(shape.day(), 0);
        locks.checkOpen(touched, "activity");
        List<AuditTrail.Line> audited = new ArrayList<>(2);
        TimeEntry stopped = p.running() == null ? null : closeChecked(p.running(), now, closedDays, audited).orElse(null);
        EntryKind kind = kindOrNull == null ? EntryKind.PAID : kindOrNull;
        boolean meeting = activity.kind() == ActivityKind.MEETING;
        String note = EntryShape.note(noteOrNull);
        long id = insert(workerId, activity.id(), shape, kind, activity.billable(), meeting, note, "PUNCH", null, workerId);
        TimeEntry started = new TimeEntry(id, workerId, activity.id(), activity.code(), activity.name(), now, null, shape.day(),
                null, kind, activity.billable(), meeting, note, "PUNCH", null);
        audited.add(new AuditTrail.Line(AUDIT_TYPE, id, "punched-in", null, started.auditFields()));
        audit.recordAll(audited);
        events.publishEvent(new TimeEntryRecorded(id, workerId));
        return new PunchResult(started, stopped);
    }

    /** Stops the running punch now. Empty when it lasted less than a minute: it is then discarded. */
    @Transactional
    public Optional<TimeEntry> stop(long workerId) {
        return stop(workerId, null);
    }

    /** Stops the running punch at {@code atOrNull} (null: now), which may not come before the punch's start. */
    @Transactional
    public Optional<TimeEntry> stop(long workerId, Instant atOrNull) {
        store.lockWorker(workerId);
        Instant end = punchTime(atOrNull);
        TimeEntry current = store.running(workerId).orElseThrow(() -> new Problems.Conflict("activity", "time.punch.not-running"));
        if (current.start().isAfter(end)) throw beforeStart(current);
        return close(current, end);
    }

    /** How far in the future a client's clock may be and its punch still taken (as now). */
    static final Duration PUNCH_CLOCK_TOLERANCE = Duration.ofMinutes(2);

    /** Now, or a given time of a punch: in the past, or at most {@link #PUNCH_CLOCK_TOLERANCE} ahead (taken as now). */
    private Instant punchTime(Instant atOrNull) {
        Instant now = EntryShape.second(Instant.now(clock));
        if (atOrNull == null) return now;
        if (atOrNull.isAfter(now.plus(PUNCH_CLOCK_TOLERANCE))) throw new Problems.InvalidInput("at", "time.punch.at.future");
        Instant at = EntryShape.second(atOrNull);
        return at.isAfter(now) ? now : at;
    }

    private static Problems.Conflict beforeStart(TimeEntry running) {
        var s = running.start().atZone(TimeConfig.ZONE);
        return new Problems.Conflict("at", "time.punch.at.before-running", s.toLocalDate().toString(),
                TimeEntry.HM.format(s), running.activityCode(), running.id());
    }

    /** What a punch at {@code at} must know: the running punch, and the first timed entry still going on after {@code at}. */
    private record Punching(TimeEntry running, TimeEntry clash) {}

    private Punching punching(long workerId, Instant at) {
        TimeEntry running = null;
        TimeEntry clash = null;
        for (TimeEntry e : store.runningAndNextEnding(workerId, EntryShape.earliestClash(at), at)) {
            if (e.end() == null) running = e;
            else clash = e;
        }
        return new Punching(running, clash);
    }

    private Optional<TimeEntry> close(TimeEntry entry, Instant end) {
        Map<LocalDate, Integer> days = EntryShape.between(entry.start(), end);
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
            store.delete(entry.id());
            audited.add(new AuditTrail.Line(AUDIT_TYPE, entry.id(), "discarded", entry.auditFields(), null));
            events.publishEvent(new TimeEntryRemoved(entry.id(), entry.workerId()));
            return Optional.empty();
        }
        int minutes = DaySplit.total(days);
        store.end(entry.id(), end, minutes);
        writeDays(entry.id(), entry.workerId(), entry.activityId(), entry.kind(), entry.billable(), entry.meeting(), days);
        TimeEntry closed = entry.endedAt(end, minutes);
        audited.add(new AuditTrail.Line(AUDIT_TYPE, entry.id(), "punched-out", entry.auditFields(), closed.auditFields()));
        events.publishEvent(new TimeEntryChanged(entry.id(), entry.workerId()));
        return Optional.of(closed);
    }

    // ------------------------------------------------------------------ meeting time (WorkedTime)

    @Transactional
    public void replaceMeetingTime(String meetingKey, long activityId, long personId, Instant start, Instant end) {
        store.lockWorker(personId);
        removeMeetingTimeLocked(meetingKey, personId);
        EntryShape shape = EntryShape.timed(start, end);
        checkOverlap(personId, shape.start(), shape.end(), null);
        locks.checkOpen(shape.days(), "start");
        // A volunteer's meeting time is volunteer time: the pay report must not owe them wages for it.
        EntryKind kind = members.engagement(personId, LocalDate.ofInstant(start, TimeConfig.ZONE))
                .filter(e -> e == Engagement.VOLUNTEER).map(e -> EntryKind.VOLUNTEER).orElse(EntryKind.PAID);
        long id = insert(personId, activityId, shape, kind, false, true, null, "MEETING", null, null);
        store.markMeeting(id, meetingKey);
        audit.record(AUDIT_TYPE, id, "meeting-recorded", null, store.get(id).orElseThrow().auditFields());
        events.publishEvent(new TimeEntryRecorded(id, personId));
    }

    @Transactional
    public void removeMeetingTime(String meetingKey, long personId) {
        store.lockWorker(personId);
        removeMeetingTimeLocked(meetingKey, personId);
    }

    private void removeMeetingTimeLocked(String meetingKey, long personId) {
        store.ofMeeting(meetingKey, personId).ifPresent(old -> {
            locks.checkOpen(old.days(), "start");
            removeDays(old);
            store.delete(old.id());
            audit.record(AUDIT_TYPE, old.id(), "meeting-removed", old.auditFields(), null);
            events.publishEvent(new TimeEntryRemoved(old.id(), personId));
        });
    }

    // ------------------------------------------------------------------ helpers

    private long insert(long workerId, long activityId, EntryShape shape, EntryKind kind, boolean billable, boolean meeting,
                        String note, String source, Long adjustsId, Long runningWorker) {
        long id = store.insert(workerId, activityId, shape, kind, billable, meeting, note, source, adjustsId, runningWorker,
                Instant.now(clock));
        writeDays(id, workerId, activityId, kind, billable, meeting, shape.days());
        return id;
    }

    private void removeDays(TimeEntry e) {
        totals.add(e.workerId(), e.activityId(), e.kind(), e.meeting(), store.days(e.id()), -1);
        store.deleteDays(e.id());
    }

    private void writeDays(long id, long workerId, long activityId, EntryKind kind, boolean billable, boolean meeting,
                           Map<LocalDate, Integer> days) {
        totals.add(workerId, activityId, kind, meeting, days, 1);
        store.insertDays(id, workerId, activityId, kind, billable, meeting, days);
    }

    /**
     * Refuses [start, end) (end null: open, a running punch) when it meets another timed entry of the worker.
     * No timed entry lasts more than {@link EntryShape#MAX_MINUTES}, so a clash starts at most that long before
     * {@code start}: the bound keeps the search to a few days of the index, whatever the worker's history and
     * whatever plan the database keeps for the statement.
     */
    private void checkOverlap(long workerId, Instant start, Instant end, Long self) {
        long me = self == null ? -1L : self;
        Optional<TimeEntry> clash = store.firstMeeting(workerId, EntryShape.earliestClash(start), start, end, me);
        if (clash.isEmpty()) {
            clash = store.running(workerId).filter(r -> r.id() != me).filter(r -> end == null || r.start().isBefore(end));
        }
        if (clash.isPresent()) throw clash.get().clash();
    }

    private Activity openActivity(String code) {
        Activity a = activities.require(code);
        if (a.closed()) throw new Problems.InvalidInput("activity", "time.activity.closed", a.code());
        return a;
    }

    private TimeEntry own(long workerId, long id) {
        return store.get(id).filter(e -> e.workerId() == workerId)
                .orElseThrow(() -> new Problems.NotFound("time.entry.not-found"));
    }
}
