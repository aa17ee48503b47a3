package org.fourmiliere.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.fourmiliere.governance.internal.bodies.BodyCommands;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingCommands;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.governance.internal.meetings.MeetingType;
import org.fourmiliere.governance.internal.meetings.Presence;
import org.fourmiliere.support.People;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Facts for eligibility tests: committees, meetings attended, hours in the time tracker. Meetings and attendance go
 * through the meetings service; hours are written as day-and-duration entries of the time tracker.
 */
public final class MeetingFixtures {

    private final MeetingService meetings;
    private final BodyService bodies;
    private final JdbcClient jdbc;
    private final Clock clock;
    private Long workActivity;

    public MeetingFixtures(MeetingService meetings, BodyService bodies, JdbcClient jdbc, Clock clock) {
        this.meetings = meetings;
        this.bodies = bodies;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public long workCommittee() {
        return bodies.the(BodyKind.WORK_COMMITTEE).id();
    }

    public long committee(String name) {
        String unique = People.unique(name);
        return bodies.create(new BodyCommands.CreateBody(BodyKind.COMMITTEE, null, unique, unique, true, null,
                LocalDate.of(2020, 1, 1), null, List.of()));
    }

    public Meeting meeting(long bodyId, MeetingType type, LocalDate day) {
        return meetings.create(new MeetingCommands.CreateMeeting(bodyId, type, day, LocalTime.of(13, 30), LocalTime.of(16, 30), "Local", null));
    }

    /** A meeting of that type on that day, with these persons present. */
    public Meeting attended(long bodyId, MeetingType type, LocalDate day, long... present) {
        Meeting m = meeting(bodyId, type, day);
        for (long p : present) meetings.mark(m.id(), p, Presence.PRESENT, false);
        return m;
    }

    public Meeting reflection(LocalDate day, long... present) {
        return attended(workCommittee(), MeetingType.REFLECTION, day, present);
    }

    /** Minutes of (non-meeting) work on a day, as the time tracker stores a day-and-duration entry. */
    public void work(long personId, LocalDate day, int minutes) {
        if (workActivity == null) {
            String code = "elig-work-" + UUID.randomUUID().toString().substring(0, 8);
            jdbc.sql("INSERT INTO ts_activity (code, name, kind, billable, closed, created_at) VALUES (:c, :c, 'INTERNAL', FALSE, FALSE, :now)")
                    .param("c", code).param("now", Timestamp.from(clock.instant())).update();
            workActivity = jdbc.sql("SELECT id FROM ts_activity WHERE code = :c").param("c", code).query(Long.class).single();
        }
        jdbc.sql("""
                INSERT INTO ts_entry (worker_id, activity_id, work_day, duration_min, kind, billable, meeting, source, created_at)
                VALUES (:w, :a, :d, :m, 'PAID', FALSE, FALSE, 'WEB', :now)""")
                .param("w", personId).param("a", workActivity).param("d", day).param("m", minutes)
                .param("now", Timestamp.from(clock.instant())).update();
        jdbc.sql("""
                INSERT INTO ts_entry_day (entry_id, work_day, worker_id, activity_id, kind, billable, meeting, duration_min)
                SELECT id, work_day, worker_id, activity_id, kind, billable, meeting, duration_min FROM ts_entry
                WHERE id = (SELECT MAX(id) FROM ts_entry WHERE worker_id = :w)""")
                .param("w", personId).update();
    }

    /**
     * Everything the bylaw asks over the window of a verification on {@code asOf}: two committees, two reflection
     * meetings and {@code minutesPerMonth} of work in each of the two months.
     */
    public void qualify(LocalDate asOf, long committeeA, long committeeB, int minutesPerMonth, long... persons) {
        LocalDate first = asOf.withDayOfMonth(1).minusMonths(2);
        LocalDate second = asOf.withDayOfMonth(1).minusMonths(1);
        attended(committeeA, MeetingType.COMMITTEE, first.plusDays(9), persons);
        attended(committeeB, MeetingType.COMMITTEE, second.plusDays(9), persons);
        reflection(first.with(TemporalAdjusters.firstInMonth(java.time.DayOfWeek.TUESDAY)), persons);
        reflection(second.with(TemporalAdjusters.firstInMonth(java.time.DayOfWeek.TUESDAY)), persons);
        for (long p : persons) {
            work(p, first.plusDays(14), minutesPerMonth);
            work(p, second.plusDays(14), minutesPerMonth);
        }
    }
}
