package org.fourmiliere.shared.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.fourmiliere.shared.TimeConfig;

/**
 * The year a demo collective lived up to its {@linkplain DemoCast#today() today}, as one script that several
 * modules load their part of: the time tracker's activities and every worker's blocks of work, and the meetings of
 * the bodies with who attended. Written once by the demo (deterministic, no clock), so that the work never overlaps
 * the meetings a worker attended and the hours and attendance tell the same story as the eligibility verifications.
 * Names are keys of the {@link DemoCast} (persons, organisations) and codes of bodies; kinds and types are the
 * names of the modules' enums.
 */
public record DemoYear(LocalDate from, List<Activity> activities, List<Sitting> sittings, List<Work> work) {

    /** No year: a demo made of its structure only. */
    public static final DemoYear NONE = new DemoYear(null, List.of(), List.of(), List.of());

    public static final String PRESENT = "PRESENT", EXCUSED = "EXCUSED", ABSENT = "ABSENT";

    public DemoYear {
        activities = List.copyOf(activities);
        sittings = List.copyOf(sittings);
        work = List.copyOf(work);
    }

    /**
     * An activity of the time tracker. {@code kind}: CONTRACT, PROJECT, INTERNAL or COMMITTEE; {@code organisation}
     * the key of the client organisation (or null); {@code body} the code of the body whose meeting time it holds.
     */
    public record Activity(String code, String name, String kind, String organisation, String body, boolean billable,
                           Integer budgetHours) {}

    /**
     * A meeting of a body ({@code body} is its code: {@code work-committee}, {@code board}, {@code general-assembly}
     * or a committee's), of a type (REFLECTION, PRODUCTION, COMMITTEE, BOARD, GENERAL_ASSEMBLY), on a day between
     * two local times. {@code attendance} maps person keys to PRESENT, EXCUSED or ABSENT for a meeting on or before
     * today; it is empty for a meeting to come.
     */
    public record Sitting(String body, String type, LocalDate day, LocalTime start, LocalTime end, String place,
                          Map<String, String> attendance) {

        public Sitting {
            attendance = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attendance));
        }

        /** Whether the meeting was held on or before today: it has its attendance. */
        public boolean held() {
            return !attendance.isEmpty();
        }

        public boolean present(String person) {
            return PRESENT.equals(attendance.get(person));
        }

        public Instant startsAt() {
            return day.atTime(start).atZone(TimeConfig.ZONE).toInstant();
        }

        public Instant endsAt() {
            return day.atTime(end).atZone(TimeConfig.ZONE).toInstant();
        }
    }

    /** A block of work of a person: {@code kind} PAID, VOLUNTEER or MANDATED_UNPAID, on an activity's code. */
    public record Work(String person, LocalDate day, LocalTime start, LocalTime end, String activity, String kind,
                       boolean billable, String note) {

        public Instant startsAt() {
            return day.atTime(start).atZone(TimeConfig.ZONE).toInstant();
        }

        public Instant endsAt() {
            return day.atTime(end).atZone(TimeConfig.ZONE).toInstant();
        }
    }
}
