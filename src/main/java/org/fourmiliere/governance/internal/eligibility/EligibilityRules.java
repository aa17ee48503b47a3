package org.fourmiliere.governance.internal.eligibility;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The eligibility bylaw (§4) as a pure function: the facts of a person over the window and where they stood
 * before give their status now, with every reason and the numbers behind it. No clock, no database.
 */
public final class EligibilityRules {

    private EligibilityRules() {}

    /** The result for one person: the status, since when, whether it changed, the reasons, the numbers. */
    public record Outcome(long personId, EligibilityStatus status, LocalDate since, EligibilityStatus previous,
                          int committees, int reflections, long firstMonthMinutes, long secondMonthMinutes,
                          List<Reason> reasons) {
        public boolean changed() {
            return status != previous;
        }
    }

    public static Outcome evaluate(PersonFacts f, EligibilitySettings s, EligibilityWindow w) {
        List<Reason> reasons = new ArrayList<>();

        // 1. meetings of at least N distinct committees
        int committees = f.committeeMeetings().size();
        boolean committeesMet = committees >= s.minCommittees();
        String committeeDetail = f.committeeMeetings().entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue().stream().sorted().map(LocalDate::toString)
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "));
        reasons.add(Reason.of("committees", committeesMet, committees, s.minCommittees(), dash(committeeDetail)));

        // 2. at least N reflection meetings
        int reflections = f.reflectionMeetings().size();
        boolean reflectionsMet = reflections >= s.minReflections();
        reasons.add(Reason.of("reflections", reflectionsMet, reflections, s.minReflections(),
                dash(f.reflectionMeetings().stream().sorted().map(LocalDate::toString).collect(Collectors.joining(", ")))));

        // 3. at least H hours in each month, meeting time excluded
        long required = s.minMonthlyHours() * 60L;
        long m1 = minutes(f.minutesByMonth(), w.first());
        long m2 = minutes(f.minutesByMonth(), w.second());
        boolean hoursMet = m1 >= required && m2 >= required;
        reasons.add(Reason.of("hours", m1 >= required, w.first(), "min:" + m1, "min:" + required));
        reasons.add(Reason.of("hours", m2 >= required, w.second(), "min:" + m2, "min:" + required));
        long total = m1 + m2;
        boolean underWarning = total < s.warningHours() * 60L;

        boolean attendanceMet = committeesMet && reflectionsMet;
        EligibilityStatus previous = f.standing().status();
        LocalDate previousSince = f.standing().since();

        // A board reversal holds until a whole new window of facts lies after it.
        PersonFacts.Admission adm = f.admission();
        if (adm != null && adm.reversedOn() != null && !w.from().isAfter(adm.reversedOn())) {
            reasons.add(Reason.of("reversed", false, adm.reversedOn(), dash(adm.reversalReason())));
            EligibilityStatus st = previous == EligibilityStatus.NOT_ELIGIBLE ? EligibilityStatus.NOT_ELIGIBLE : EligibilityStatus.LOST;
            return new Outcome(f.personId(), st, st == previous ? previousSince : w.asOf(), previous, committees,
                    reflections, m1, m2, reasons);
        }

        // An exception of the work committee excuses failing criteria of a person who holds the membership.
        boolean excused = false;
        if (previous.holdsMembership() && !(attendanceMet && hoursMet)) {
            for (PersonFacts.GrantedException e : f.exceptions()) {
                if (e.overlaps(w.from(), w.asOf())) {
                    excused = true;
                    reasons.add(Reason.of("exception", true, e.reason(), e.from(), e.to()));
                    break;
                }
            }
        }
        if (excused) {
            attendanceMet = true;
            hoursMet = true;
            underWarning = false;
        }
        boolean allMet = attendanceMet && hoursMet;

        EligibilityStatus next;
        LocalDate since;
        switch (previous) {
            case CANDIDATE -> {
                if (!allMet) {
                    next = EligibilityStatus.LOST;
                    reasons.add(Reason.of("outcome.lost", false));
                } else {
                    LocalDate probationEnd = probationEnd(previousSince == null ? w.asOf() : previousSince, s);
                    boolean probationDone = !w.asOf().isBefore(probationEnd);
                    boolean confirmed = adm != null && adm.confirmedOn() != null;
                    reasons.add(Reason.of("probation", probationDone, previousSince, probationEnd));
                    reasons.add(confirmed ? Reason.of("confirmed", true, adm.confirmedOn())
                            : Reason.of("awaiting-confirmation", false));
                    next = probationDone && confirmed ? EligibilityStatus.MEMBER : EligibilityStatus.CANDIDATE;
                    reasons.add(Reason.of(next == EligibilityStatus.MEMBER ? "outcome.member" : "outcome.still-candidate", true));
                }
            }
            case MEMBER, WARNED -> {
                if (!attendanceMet) {
                    next = EligibilityStatus.LOST;
                    reasons.add(Reason.of("outcome.lost", false));
                } else if (!hoursMet || underWarning) {
                    reasons.add(Reason.of("warning", false, "min:" + total, "min:" + s.warningHours() * 60L));
                    if (previous == EligibilityStatus.WARNED) {
                        next = EligibilityStatus.LOST;
                        reasons.add(Reason.of("outcome.lost-after-warning", false));
                    } else {
                        next = EligibilityStatus.WARNED;
                        reasons.add(Reason.of("outcome.warned", false));
                    }
                } else {
                    next = EligibilityStatus.MEMBER;
                    reasons.add(Reason.of("outcome.member", true));
                }
            }
            default -> { // NOT_ELIGIBLE, LOST
                if (allMet) {
                    next = EligibilityStatus.CANDIDATE;
                    reasons.add(Reason.of("outcome.candidate", true, probationEnd(w.asOf(), s)));
                } else {
                    next = previous;
                    reasons.add(Reason.of("outcome.not-eligible", false));
                }
            }
        }
        since = next == previous && previousSince != null ? previousSince : w.asOf();
        return new Outcome(f.personId(), next, since, previous, committees, reflections, m1, m2, reasons);
    }

    /**
     * Probation counts in months of verifications: a candidate since any day of October, with two months of
     * probation, may become a member at a verification in December (verifications fall on varying days).
     */
    static LocalDate probationEnd(LocalDate candidateSince, EligibilitySettings s) {
        return YearMonth.from(candidateSince).plusMonths(s.probationMonths()).atDay(1);
    }

    private static long minutes(Map<YearMonth, Long> byMonth, YearMonth month) {
        Long m = byMonth == null ? null : byMonth.get(month);
        return m == null ? 0 : m;
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
