package org.fourmiliere.governance;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import org.fourmiliere.governance.internal.bodies.BoardService;
import org.fourmiliere.governance.internal.bodies.BodyCommands;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.governance.internal.bodies.SeatKind;
import org.fourmiliere.governance.internal.decisions.Decision;
import org.fourmiliere.governance.internal.decisions.DecisionCommands.RecordDecision;
import org.fourmiliere.governance.internal.decisions.DecisionRegister;
import org.fourmiliere.governance.internal.eligibility.EligibilityService;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingCommands;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.governance.internal.meetings.MeetingType;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.TestClock;

/**
 * A worker with something in each of governance's home blocks, in June of a year of the test's own
 * ({@code support.Years.fresh()}: reflection meetings and the register's latest decisions are seen by everyone):
 * two committees, coming meetings with agendas, a decision, a verification that made them a candidate, numbers
 * for the next one, a board seat and a membership ending soon.
 */
final class HomeFixtures {

    /** What the fixture made, to check it on the page. */
    record Made(Person person, LocalDate today, long committeeA, String committeeAName, long committeeB,
                String committeeBName, Meeting next, Meeting reflection, Meeting committeeBMeeting,
                LocalDate verifiedOn, long seatId, String decisionText) {}

    private final MeetingFixtures facts;
    private final MeetingService meetings;
    private final BodyService bodies;
    private final BoardService board;
    private final DecisionRegister register;
    private final EligibilityService eligibility;
    private final MemberRegistration registration;
    private final People people;
    private final TestClock clock;

    HomeFixtures(MeetingFixtures facts, MeetingService meetings, BodyService bodies, BoardService board,
                 DecisionRegister register, EligibilityService eligibility, MemberRegistration registration,
                 People people, TestClock clock) {
        this.facts = facts;
        this.meetings = meetings;
        this.bodies = bodies;
        this.board = board;
        this.register = register;
        this.eligibility = eligibility;
        this.registration = registration;
        this.people = people;
        this.clock = clock;
    }

    /** Moves the clock to 09:00 on {@code day}. */
    void at(LocalDate day) {
        clock.set(day.atTime(9, 0).atZone(TimeConfig.ZONE).toInstant());
    }

    /** A worker with an account in that language, engaged since a year ago. */
    Person worker(String name, String language) {
        Person p = people.withAccount(name, language);
        registration.engageWorker(new MemberRegistration.EngageWorker(p.id(), Engagement.VOLUNTEER,
                clock.today().minusYears(1), null));
        return p;
    }

    /** A committee created a year ago, with these members and this coordinator (none: null). */
    long committee(String nameFr, String nameEn, Long coordinator, long... members) {
        String suffix = People.unique("").strip();
        return bodies.create(new BodyCommands.CreateBody(BodyKind.COMMITTEE, null, nameFr + " " + suffix,
                nameEn + " " + suffix, true, null, clock.today().minusYears(1), coordinator,
                Arrays.stream(members).boxed().toList()));
    }

    Meeting meeting(long bodyId, MeetingType type, LocalDate day, LocalTime start, LocalTime end, String place) {
        return meetings.create(new MeetingCommands.CreateMeeting(bodyId, type, day, start, end, place, null));
    }

    void agenda(Meeting m, String... titles) {
        for (String t : titles) meetings.addAgendaItem(m.id(), new MeetingCommands.AddAgendaItem(t, null, null));
    }

    /**
     * A verification as of that day, run at the run's own time: it adds and removes members of the work committee,
     * whose history other tests read newest first, so its lines must not lie in the test's far future.
     */
    void verifyAtTheRunsTime(LocalDate asOf) {
        Instant testTime = clock.instant();
        clock.reset();
        try {
            eligibility.verify(asOf, EligibilityService.Trigger.ON_DEMAND);
        } finally {
            clock.set(testTime);
        }
    }

    /**
     * On the Wednesday after the first Tuesday of June of {@code year}, 09:00: the person was made a candidate by the
     * verification of that Tuesday (a reflection meeting) and has worked four hours this month so far.
     */
    Made personWithData(int year, String language) {
        LocalDate verified = LocalDate.of(year, 6, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        LocalDate day = verified.plusDays(8);
        at(day);
        boolean fr = "fr".equals(language);
        Person p = worker(fr ? "Rosalie" : "Rosalind", language);
        long a = committee("Hébergement", "Hosting", p.id(), p.id());
        long b = committee("Formation", "Training", null, p.id());
        String aName = bodies.get(a).name(language), bName = bodies.get(b).name(language);

        facts.qualify(verified, a, b, 700, p.id());
        facts.reflection(verified, p.id());
        verifyAtTheRunsTime(verified);
        // this month so far: four hours of work
        facts.work(p.id(), day.minusDays(1), 240);

        // coming meetings: today's, with an agenda; next week's; the reflection meeting of next month
        Meeting next = meeting(a, MeetingType.COMMITTEE, day, LocalTime.of(13, 30), LocalTime.of(15, 0), "Local du collectif");
        agenda(next, fr ? "Budget de l'hébergement" : "Hosting budget", fr ? "Nouveaux serveurs" : "New servers");
        Meeting bMeeting = meeting(b, MeetingType.COMMITTEE, day.plusDays(7), LocalTime.of(18, 0), LocalTime.of(20, 0), "Salle 2");
        LocalDate nextReflection = day.withDayOfMonth(1).plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        Meeting reflection = meeting(facts.workCommittee(), MeetingType.REFLECTION, nextReflection, LocalTime.of(18, 0),
                LocalTime.of(21, 0), "Local du collectif");
        agenda(reflection, fr ? "Bilan du mois" : "The month in review");

        // a decision of the committee, yesterday
        String text = (fr ? "Renouveler le contrat d'hébergement " : "Renew the hosting contract ") + People.unique("").strip();
        register.record(new RecordDecision(a, null, day.minusDays(1), text, Decision.HowTaken.QUICK_DECISION,
                null, null, null, null, List.of("hosting"), false));

        // a board seat ending in 30 days, a membership ending in 45 days
        long seat = board.create(new BodyCommands.CreateSeat(SeatKind.INDIVIDUAL_MEMBER, null, day.minusYears(1), p.id(),
                null, day.minusYears(1), day.plusDays(30)));
        bodies.leave(b, p.id(), day.plusDays(45), null);
        return new Made(p, day, a, aName, b, bName, next, reflection, bMeeting, verified, seat, text);
    }
}
