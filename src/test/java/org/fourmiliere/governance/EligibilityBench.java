package org.fourmiliere.governance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.fourmiliere.governance.internal.bodies.BodyCommands;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.governance.internal.eligibility.EligibilityService;
import org.fourmiliere.governance.internal.eligibility.EligibilityStatus;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingCommands;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.governance.internal.meetings.MeetingType;
import org.fourmiliere.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bench (not part of the suite; prints figures, asserts no time): a verification for 10,000 people with two months
 * of attendance and hours. Run with
 * {@code ./mvnw verify -Ppostgres -Dtest.db.url=jdbc:postgresql://127.0.0.1:5432/<db> -Dit.test=EligibilityBench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>The generated collective is in its steady state: 7,000 people already hold the membership (standing and roster),
 * 3,000 do not. Over the window, most members meet the bylaw; 100 fall under the hours (warned), 50 stop attending
 * (lost), 100 non-members meet every criterion (candidates): the churn of a busy month.
 */
@IntegrationTest
class EligibilityBench {

    static final int PEOPLE = 10_000;
    static final int MEMBERS = 7_000;
    static final LocalDate AS_OF = LocalDate.of(2031, 3, 4); // first Tuesday of March 2031: window January–February

    @Autowired JdbcTemplate jdbcTemplate;
    @Autowired JdbcClient jdbc;
    @Autowired BodyService bodies;
    @Autowired MeetingService meetings;
    @Autowired EligibilityService eligibility;
    @Autowired Clock clock;
    @Autowired org.fourmiliere.members.MemberDirectory members;
    @Autowired org.fourmiliere.timesheets.WorkedTime workedTime;
    @Autowired BodyDirectory directory;

    @Test
    void verificationOfTenThousandPeople() {
        long t0 = System.nanoTime();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> persons = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            persons.add(new Object[]{"Bench " + run + " " + i, "bench-" + run + "-" + i + "@example.org", now, now});
        }
        jdbcTemplate.batchUpdate("INSERT INTO member (kind, name, email, language, created_at, updated_at) VALUES ('INDIVIDUAL', ?, ?, 'fr', ?, ?)", persons);
        List<Long> ids = jdbc.sql("SELECT id FROM member WHERE email LIKE :p ORDER BY id").param("p", "bench-" + run + "-%").query(Long.class).list();
        List<Object[]> engagements = new ArrayList<>();
        for (Long id : ids) engagements.add(new Object[]{id, Date.valueOf(LocalDate.of(2029, 1, 1)), now});
        jdbcTemplate.batchUpdate("INSERT INTO worker_engagement (person_id, engagement, since, recorded_at) VALUES (?, 'FREELANCE', ?, ?)", engagements);

        long wc = bodies.the(BodyKind.WORK_COMMITTEE).id();
        List<Object[]> standings = new ArrayList<>(), roster = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            standings.add(new Object[]{ids.get(i), Date.valueOf(LocalDate.of(2030, 1, 7))});
            roster.add(new Object[]{wc, ids.get(i), Date.valueOf(LocalDate.of(2030, 1, 7))});
        }
        jdbcTemplate.batchUpdate("INSERT INTO eligibility_standing (person_id, status, since) VALUES (?, 'MEMBER', ?)", standings);
        jdbcTemplate.batchUpdate("INSERT INTO body_membership (body_id, person_id, since) VALUES (?, ?, ?)", roster);

        // meetings of the window: 5 committees twice a month, 2 reflection meetings, 8 production meetings
        LocalDate jan = LocalDate.of(2031, 1, 1), feb = LocalDate.of(2031, 2, 1);
        List<Long> committeeMeetings = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            String name = "Bench " + run + " " + c;
            long body = bodies.create(new BodyCommands.CreateBody(BodyKind.COMMITTEE, null, name, name, true, null, LocalDate.of(2029, 1, 1), null, List.of()));
            for (LocalDate m : List.of(jan, feb)) {
                committeeMeetings.add(create(body, MeetingType.COMMITTEE, m.plusDays(7 + c)).id());
                committeeMeetings.add(create(body, MeetingType.COMMITTEE, m.plusDays(17 + c)).id());
            }
        }
        long reflJan = create(wc, MeetingType.REFLECTION, jan.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY))).id();
        long reflFeb = create(wc, MeetingType.REFLECTION, feb.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY))).id();
        List<Long> production = new ArrayList<>();
        for (LocalDate d = jan.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)); d.isBefore(LocalDate.of(2031, 3, 1)); d = d.plusWeeks(1)) {
            if (production.size() < 8) production.add(create(wc, MeetingType.PRODUCTION, d).id());
        }

        String code = "bench-work-" + run;
        jdbc.sql("INSERT INTO ts_activity (code, name, kind, billable, closed, created_at) VALUES (:c, :c, 'INTERNAL', FALSE, FALSE, :now)")
                .param("c", code).param("now", now).update();
        long activity = jdbc.sql("SELECT id FROM ts_activity WHERE code = :c").param("c", code).query(Long.class).single();

        Random random = new Random(42);
        List<Object[]> attendance = new ArrayList<>(), entries = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            long id = ids.get(i);
            boolean member = i < MEMBERS;
            boolean qualifies = member ? i >= 150 : i >= PEOPLE - 100;
            boolean lowHours = member && i < 100;
            boolean stopsAttending = member && i >= 100 && i < 150;
            int c1 = random.nextInt(committeeMeetings.size());
            int c2 = (c1 + 4 + random.nextInt(10)) % committeeMeetings.size(); // another committee
            attendance.add(new Object[]{committeeMeetings.get(c1), id});
            if (qualifies || lowHours) attendance.add(new Object[]{committeeMeetings.get(c2), id});
            if (!stopsAttending) attendance.add(new Object[]{reflJan, id});
            if (qualifies || lowHours) attendance.add(new Object[]{reflFeb, id});
            for (int p = 0; p < 4; p++) attendance.add(new Object[]{production.get((i + p * 2) % production.size()), id});
            int perEntry = lowHours ? 45 : qualifies ? 90 + random.nextInt(60) : 30 + random.nextInt(30);
            for (LocalDate m : List.of(jan, feb)) {
                for (int e = 0; e < 8; e++) {
                    entries.add(new Object[]{id, activity, Date.valueOf(m.plusDays(e * 3L)), perEntry, now});
                }
            }
        }
        jdbcTemplate.batchUpdate("INSERT INTO meeting_attendance (meeting_id, person_id, presence, time_recorded) VALUES (?, ?, 'PRESENT', FALSE)", attendance);
        jdbcTemplate.batchUpdate("""
                INSERT INTO ts_entry (worker_id, activity_id, work_day, duration_min, kind, billable, meeting, source, created_at)
                VALUES (?, ?, ?, ?, 'PAID', FALSE, FALSE, 'IMPORT', ?)""", entries);
        // every total reads the minutes per local day (ADR 0300): the day-and-duration entries lie on one day each
        jdbc.sql("""
                INSERT INTO ts_entry_day (entry_id, work_day, worker_id, activity_id, kind, billable, meeting, duration_min)
                SELECT id, work_day, worker_id, activity_id, kind, billable, meeting, duration_min FROM ts_entry WHERE activity_id = :a""")
                .param("a", activity).update();
        long generated = System.nanoTime();
        System.out.printf("BENCH eligibility: generated %d people, %d attendance rows, %d time entries in %d ms%n",
                PEOPLE, attendance.size(), entries.size(), (generated - t0) / 1_000_000);

        for (int k = 0; k < 2; k++) {
            long a = System.nanoTime();
            int w = members.workers(AS_OF).size();
            long b = System.nanoTime();
            int h = workedTime.minutes(org.fourmiliere.timesheets.HoursQuery.between(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 2, 28))
                    .excludingMeetings().perWorkerAndMonth()).byWorkerAndMonth().size();
            long c = System.nanoTime();
            int r = directory.memberIds(wc, AS_OF).size();
            long d = System.nanoTime();
            int bs = directory.bodies().size();
            long e = System.nanoTime();
            System.out.printf("BENCH parts: workers %d in %d ms; hours %d in %d ms; roster %d in %d ms; bodies %d in %d ms%n",
                    w, (b - a) / 1_000_000, h, (c - b) / 1_000_000, r, (d - c) / 1_000_000, bs, (e - d) / 1_000_000);
        }
        long c0 = System.nanoTime();
        var computed = eligibility.compute(AS_OF);
        long c1 = System.nanoTime();
        var computedAgain = eligibility.compute(AS_OF);
        long c2 = System.nanoTime();
        System.out.printf("BENCH eligibility: computed (nothing saved) for %d people in %d ms, again in %d ms%n",
                computed.results().size(), (c1 - c0) / 1_000_000, (c2 - c1) / 1_000_000);

        long v0 = System.nanoTime();
        var v = eligibility.verify(AS_OF, EligibilityService.Trigger.ON_DEMAND);
        long v1 = System.nanoTime();
        System.out.printf("BENCH eligibility: verification %d recorded for %d people with %d changes in %d ms (%d ms inside)%n",
                v.id(), v.persons(), v.changes(), (v1 - v0) / 1_000_000, v.durationMs());
        var counts = new java.util.EnumMap<EligibilityStatus, Integer>(EligibilityStatus.class);
        eligibility.results(v.id()).forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        System.out.println("BENCH eligibility: statuses " + counts + " (computeAgain " + computedAgain.results().size() + ")");
        long s0 = System.nanoTime();
        var steady = eligibility.verify(AS_OF, EligibilityService.Trigger.ON_DEMAND);
        long s1 = System.nanoTime();
        System.out.printf("BENCH eligibility: the same verification again (%d changes) in %d ms%n", steady.changes(), (s1 - s0) / 1_000_000);
        for (int k = 0; k < 3; k++) {
            long q0 = System.nanoTime();
            var quiet = eligibility.verify(AS_OF, EligibilityService.Trigger.ON_DEMAND);
            long q1 = System.nanoTime();
            System.out.printf("BENCH eligibility: a verification with %d changes in %d ms%n", quiet.changes(), (q1 - q0) / 1_000_000);
        }
    }

    private Meeting create(long body, MeetingType type, LocalDate day) {
        return meetings.create(new MeetingCommands.CreateMeeting(body, type, day, LocalTime.of(13, 30), LocalTime.of(15, 0), null, null));
    }
}
