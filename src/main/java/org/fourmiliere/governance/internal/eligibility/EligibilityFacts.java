package org.fourmiliere.governance.internal.eligibility;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.governance.HoursWorked;
import org.fourmiliere.governance.BodyRef;
import org.fourmiliere.governance.internal.eligibility.PersonFacts.Admission;
import org.fourmiliere.governance.internal.eligibility.PersonFacts.GrantedException;
import org.fourmiliere.governance.internal.eligibility.PersonFacts.Standing;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.springframework.stereotype.Component;

/**
 * Gathers, in a handful of set-based queries, the facts of every person concerned by a verification: attendance
 * at committee, production and reflection meetings in the window, hours from the time tracker (meeting time
 * excluded), where each stood, their admission and the exceptions granted.
 */
@Component
class EligibilityFacts {

    /** Production meetings count as meetings of the production committee (§2: "Comité de production"). */
    static final String PRODUCTION = "production";

    private final EligibilityStore store;
    private final BodyDirectory bodies;
    private final MemberDirectory members;
    private final HoursWorked workedTime;
    private final WorkCommitteeRoster roster;

    EligibilityFacts(EligibilityStore store, BodyDirectory bodies, MemberDirectory members, HoursWorked workedTime,
                     WorkCommitteeRoster roster) {
        this.store = store;
        this.bodies = bodies;
        this.members = members;
        this.workedTime = workedTime;
        this.roster = roster;
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EligibilityFacts.class);

    /** The facts of everyone a verification looks at. */
    List<PersonFacts> gather(EligibilityWindow w) {
        return gather(w, null);
    }

    /**
     * The facts of one person alone, as {@link #gather(EligibilityWindow)} would give them: the same reading with
     * the hours asked for that person only, for a person's own outlook on the home page.
     */
    PersonFacts gatherFor(EligibilityWindow w, long personId) {
        return gather(w, personId).stream().filter(p -> p.personId() == personId).findFirst()
                .orElseGet(() -> new PersonFacts(personId, new TreeMap<>(), List.of(), Map.of(), Standing.NONE, null, List.of()));
    }

    private List<PersonFacts> gather(EligibilityWindow w, Long only) {
        long t0 = System.nanoTime();
        Map<Long, String> bodyCodes = new HashMap<>();
        for (BodyRef b : bodies.bodies()) bodyCodes.put(b.id(), b.code());

        Map<Long, TreeMap<String, List<LocalDate>>> committees = new HashMap<>();
        Map<Long, List<LocalDate>> reflections = new HashMap<>();
        // the meetings of the window first (a few dozen), then their attendance by primary-key prefix
        Map<Long, EligibilityStore.HeldMeeting> held = new HashMap<>();
        for (EligibilityStore.HeldMeeting m : store.countedMeetings(w.from(), w.to())) held.put(m.id(), m);
        for (EligibilityStore.Presence p : store.present(List.copyOf(held.keySet()))) {
            EligibilityStore.HeldMeeting m = held.get(p.meetingId());
            long person = p.personId();
            if (only != null && person != only) continue;
            if ("REFLECTION".equals(m.type())) {
                reflections.computeIfAbsent(person, k -> new ArrayList<>()).add(m.day());
            } else {
                String code = "PRODUCTION".equals(m.type()) ? PRODUCTION
                        : bodyCodes.getOrDefault(m.bodyId(), "body-" + m.bodyId());
                committees.computeIfAbsent(person, k -> new TreeMap<>())
                        .computeIfAbsent(code, k -> new ArrayList<>()).add(m.day());
            }
        }

        long t1 = System.nanoTime();
        // the time tracker's one reading of hours: minutes per local day, folded by the month of each day (ADR 0301)
        Map<Long, Map<YearMonth, Long>> minutes = only == null ? workedTime.minutesExcludingMeetings(w.from(), w.to())
                : workedTime.minutesExcludingMeetings(w.from(), w.to(), only);

        long t2 = System.nanoTime();
        Map<Long, Standing> standings = store.standings();

        // Someone on the work committee's roster without a standing that holds it (added by hand, or before the
        // verifications began) is judged as a member: the bylaw then keeps or withdraws the status.
        for (Long id : roster.members(w.asOf())) {
            Standing s = standings.get(id);
            if (s == null || !s.status().holdsMembership()) standings.put(id, new Standing(EligibilityStatus.MEMBER, null));
        }

        Map<Long, Admission> admissions = store.latestAdmissions();
        Map<Long, List<GrantedException>> exceptions = store.exceptionsOverlapping(w.from(), w.asOf());

        long t3 = System.nanoTime();
        Set<Long> persons = new TreeSet<>();
        if (only != null) {
            persons.add(only);
        } else {
            persons.addAll(committees.keySet());
            persons.addAll(reflections.keySet());
            persons.addAll(minutes.keySet());
            persons.addAll(standings.keySet());
            for (PersonRef p : members.workers(w.asOf())) persons.add(p.id());
        }

        long t4 = System.nanoTime();
        List<PersonFacts> facts = new ArrayList<>(persons.size());
        for (Long id : persons) {
            facts.add(new PersonFacts(id, committees.getOrDefault(id, new TreeMap<>()),
                    reflections.getOrDefault(id, List.of()), minutes.getOrDefault(id, Map.of()),
                    standings.getOrDefault(id, Standing.NONE), admissions.get(id),
                    exceptions.getOrDefault(id, List.of())));
        }
        long t5 = System.nanoTime();
        log.debug("Eligibility facts: attendance {} ms, hours {} ms, standings {} ms, workers {} ms, assembly {} ms",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000);
        return facts;
    }
}
