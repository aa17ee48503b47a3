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
import org.fourmiliere.governance.BodyRef;
import org.fourmiliere.governance.internal.eligibility.PersonFacts.Admission;
import org.fourmiliere.governance.internal.eligibility.PersonFacts.GrantedException;
import org.fourmiliere.governance.internal.eligibility.PersonFacts.Standing;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.timesheets.WorkedTime;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final BodyDirectory bodies;
    private final MemberDirectory members;
    private final WorkedTime workedTime;

    EligibilityFacts(JdbcClient jdbc, BodyDirectory bodies, MemberDirectory members, WorkedTime workedTime) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.members = members;
        this.workedTime = workedTime;
    }

    List<PersonFacts> gather(EligibilityWindow w) {
        Map<Long, String> bodyCodes = new HashMap<>();
        for (BodyRef b : bodies.bodies()) bodyCodes.put(b.id(), b.code());

        Map<Long, TreeMap<String, List<LocalDate>>> committees = new HashMap<>();
        Map<Long, List<LocalDate>> reflections = new HashMap<>();
        jdbc.sql("""
                SELECT a.person_id, m.meeting_type, m.body_id, m.meeting_day
                FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id
                WHERE a.presence = 'PRESENT' AND m.meeting_day BETWEEN :from AND :to
                  AND m.meeting_type IN ('REFLECTION', 'PRODUCTION', 'COMMITTEE')""")
                .param("from", w.from()).param("to", w.to())
                .query(rs -> {
                    long person = rs.getLong(1);
                    String type = rs.getString(2);
                    LocalDate day = rs.getObject(4, LocalDate.class);
                    if ("REFLECTION".equals(type)) {
                        reflections.computeIfAbsent(person, k -> new ArrayList<>()).add(day);
                    } else {
                        String code = "PRODUCTION".equals(type) ? PRODUCTION
                                : bodyCodes.getOrDefault(rs.getLong(3), "body-" + rs.getLong(3));
                        committees.computeIfAbsent(person, k -> new TreeMap<>())
                                .computeIfAbsent(code, k -> new ArrayList<>()).add(day);
                    }
                });

        Map<Long, Map<YearMonth, Long>> minutes = workedTime.minutesExcludingMeetings(w.from(), w.to());

        Map<Long, Standing> standings = new HashMap<>();
        jdbc.sql("SELECT person_id, status, since FROM eligibility_standing").query(rs -> {
            standings.put(rs.getLong(1), new Standing(EligibilityStatus.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class)));
        });

        Map<Long, Admission> admissions = new HashMap<>();
        jdbc.sql("SELECT * FROM eligibility_admission ORDER BY id").query(rs -> {
            admissions.put(rs.getLong("person_id"), new Admission(rs.getLong("id"),
                    rs.getObject("candidate_since", LocalDate.class), rs.getObject("confirmed_on", LocalDate.class),
                    rs.getObject("reversed_on", LocalDate.class), rs.getString("reversal_reason")));
        });

        Map<Long, List<GrantedException>> exceptions = new HashMap<>();
        jdbc.sql("SELECT * FROM eligibility_exception WHERE to_day >= :from AND from_day <= :to ORDER BY id")
                .param("from", w.from()).param("to", w.asOf())
                .query(rs -> {
                    exceptions.computeIfAbsent(rs.getLong("person_id"), k -> new ArrayList<>())
                            .add(new GrantedException(rs.getLong("id"), rs.getString("reason"),
                                    rs.getObject("from_day", LocalDate.class), rs.getObject("to_day", LocalDate.class)));
                });

        Set<Long> persons = new TreeSet<>();
        persons.addAll(committees.keySet());
        persons.addAll(reflections.keySet());
        persons.addAll(minutes.keySet());
        persons.addAll(standings.keySet());
        for (PersonRef p : members.workers(w.asOf())) persons.add(p.id());

        List<PersonFacts> facts = new ArrayList<>(persons.size());
        for (Long id : persons) {
            facts.add(new PersonFacts(id, committees.getOrDefault(id, new TreeMap<>()),
                    reflections.getOrDefault(id, List.of()), minutes.getOrDefault(id, Map.of()),
                    standings.getOrDefault(id, Standing.NONE), admissions.get(id),
                    exceptions.getOrDefault(id, List.of())));
        }
        return facts;
    }
}
