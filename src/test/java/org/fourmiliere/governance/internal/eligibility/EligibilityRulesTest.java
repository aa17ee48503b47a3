package org.fourmiliere.governance.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fourmiliere.governance.internal.eligibility.EligibilityStatus.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.fourmiliere.governance.internal.eligibility.EligibilityRules.Outcome;
import org.fourmiliere.governance.internal.eligibility.PersonFacts.Admission;
import org.fourmiliere.governance.internal.eligibility.PersonFacts.GrantedException;
import org.fourmiliere.governance.internal.eligibility.PersonFacts.Standing;
import org.junit.jupiter.api.Test;

/** The bylaw (§4) alone: each criterion failing alone, the boundaries, probation, warning then loss, exceptions. */
class EligibilityRulesTest {

    static final LocalDate VERIFICATION = LocalDate.of(2026, 12, 1); // first Tuesday of December 2026
    static final EligibilityWindow W = EligibilityWindow.of(VERIFICATION);
    static final EligibilitySettings S = EligibilitySettings.defaults();

    /** A builder of facts that meet every criterion unless told otherwise. */
    static final class Facts {
        TreeMap<String, List<LocalDate>> committees = new TreeMap<>(Map.of(
                "sales", List.of(LocalDate.of(2026, 10, 14)), "sysadmin", List.of(LocalDate.of(2026, 11, 18))));
        List<LocalDate> reflections = new ArrayList<>(List.of(LocalDate.of(2026, 10, 6), LocalDate.of(2026, 11, 3)));
        Map<YearMonth, Long> minutes = new HashMap<>(Map.of(YearMonth.of(2026, 10), 1200L, YearMonth.of(2026, 11), 1200L));
        Standing standing = Standing.NONE;
        Admission admission;
        List<GrantedException> exceptions = new ArrayList<>();

        Facts was(EligibilityStatus s, LocalDate since) { standing = new Standing(s, since); return this; }
        Facts committees(String... codes) {
            committees = new TreeMap<>();
            for (String c : codes) committees.put(c, List.of(LocalDate.of(2026, 10, 20)));
            return this;
        }
        Facts reflections(LocalDate... days) { reflections = List.of(days); return this; }
        Facts hours(long octMinutes, long novMinutes) {
            minutes = Map.of(YearMonth.of(2026, 10), octMinutes, YearMonth.of(2026, 11), novMinutes);
            return this;
        }
        Outcome evaluate() { return evaluate(W); }
        Outcome evaluate(EligibilityWindow w) {
            return EligibilityRules.evaluate(new PersonFacts(7, committees, reflections, minutes, standing, admission, exceptions), S, w);
        }
    }

    static Reason reason(Outcome o, String code) {
        return o.reasons().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theWindowIsTheTwoWholeMonthsBeforeTheVerification() {
        assertThat(W.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(W.to()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void meetingEveryCriterionMakesACandidateOnProbation() {
        Outcome o = new Facts().evaluate();
        assertThat(o.status()).isEqualTo(CANDIDATE);
        assertThat(o.since()).isEqualTo(VERIFICATION);
        assertThat(o.reasons()).filteredOn(r -> !r.code().startsWith("outcome")).allMatch(Reason::met);
    }

    @Test
    void oneCommitteeOnlyFailsAlone() {
        Outcome o = new Facts().committees("sales").evaluate();
        assertThat(o.status()).isEqualTo(NOT_ELIGIBLE);
        assertThat(reason(o, "committees").met()).isFalse();
        assertThat(reason(o, "committees").args()).startsWith("1", "2");
        assertThat(reason(o, "reflections").met()).isTrue();
        assertThat(o.reasons()).filteredOn(r -> r.code().equals("hours")).allMatch(Reason::met);
    }

    @Test
    void oneReflectionMeetingOnlyFailsAloneAndNamesTheMeeting() {
        Outcome o = new Facts().reflections(LocalDate.of(2026, 10, 6)).evaluate();
        assertThat(o.status()).isEqualTo(NOT_ELIGIBLE);
        assertThat(reason(o, "reflections").met()).isFalse();
        assertThat(reason(o, "reflections").args()).containsExactly("1", "2", "2026-10-06");
        assertThat(reason(o, "committees").met()).isTrue();
    }

    @Test
    void tooFewHoursInOneMonthFailsAlone() {
        Outcome o = new Facts().hours(599, 3000).evaluate();
        assertThat(o.status()).isEqualTo(NOT_ELIGIBLE);
        assertThat(o.reasons()).filteredOn(r -> r.code().equals("hours")).extracting(Reason::met).containsExactly(false, true);
        assertThat(reason(o, "committees").met()).isTrue();
        assertThat(reason(o, "reflections").met()).isTrue();
    }

    @Test
    void exactlyTenHoursAndExactlyTwoMeetingsAreEnough() {
        Outcome o = new Facts().hours(600, 600).committees("a", "b")
                .reflections(LocalDate.of(2026, 10, 6), LocalDate.of(2026, 11, 3)).evaluate();
        assertThat(o.status()).isEqualTo(CANDIDATE);
    }

    @Test
    void aMeetingOnTheFirstOrLastDayOfTheWindowCounts() {
        assertThat(W.contains(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(W.contains(LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(W.contains(LocalDate.of(2026, 9, 30))).isFalse();
        assertThat(W.contains(LocalDate.of(2026, 12, 1))).isFalse();
    }

    @Test
    void probationThenConfirmationMakesAMember() {
        Facts f = new Facts().was(CANDIDATE, LocalDate.of(2026, 10, 6));
        f.admission = new Admission(1, LocalDate.of(2026, 10, 6), null, null, null);
        // one month later: still on probation (that window reads September and October)
        f.minutes = Map.of(YearMonth.of(2026, 9), 700L, YearMonth.of(2026, 10), 700L, YearMonth.of(2026, 11), 700L);
        Outcome early = f.evaluate(EligibilityWindow.of(LocalDate.of(2026, 11, 3)));
        assertThat(early.status()).isEqualTo(CANDIDATE);
        // probation over but not confirmed by the hiring committee
        Outcome unconfirmed = f.evaluate();
        assertThat(unconfirmed.status()).isEqualTo(CANDIDATE);
        assertThat(reason(unconfirmed, "awaiting-confirmation").met()).isFalse();
        f.admission = new Admission(1, LocalDate.of(2026, 10, 6), LocalDate.of(2026, 11, 10), null, null);
        assertThat(f.evaluate().status()).isEqualTo(MEMBER);
    }

    @Test
    void aCandidateWhoStopsMeetingTheCriteriaLosesAtOnce() {
        Facts f = new Facts().was(CANDIDATE, LocalDate.of(2026, 11, 3)).hours(0, 0);
        assertThat(f.evaluate().status()).isEqualTo(LOST);
    }

    @Test
    void warningThenLoss() {
        Facts member = new Facts().was(MEMBER, LocalDate.of(2026, 1, 6)).hours(500, 600);
        Outcome warned = member.evaluate();
        assertThat(warned.status()).isEqualTo(WARNED);
        assertThat(warned.status().holdsMembership()).isTrue();
        assertThat(reason(warned, "warning").args()).containsExactly("min:1100", "min:1200");

        Outcome lost = new Facts().was(WARNED, VERIFICATION.minusMonths(1)).hours(500, 600).evaluate();
        assertThat(lost.status()).isEqualTo(LOST);

        Outcome recovered = new Facts().was(WARNED, VERIFICATION.minusMonths(1)).evaluate();
        assertThat(recovered.status()).isEqualTo(MEMBER);
    }

    @Test
    void aMemberWhoStopsAttendingLosesWithoutWarning() {
        Outcome o = new Facts().was(MEMBER, LocalDate.of(2026, 1, 6)).reflections().evaluate();
        assertThat(o.status()).isEqualTo(LOST);
    }

    @Test
    void anExceptionIsHonoured() {
        Facts f = new Facts().was(MEMBER, LocalDate.of(2026, 1, 6)).reflections().hours(0, 0);
        f.exceptions.add(new GrantedException(3, "parental leave", LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31)));
        Outcome o = f.evaluate();
        assertThat(o.status()).isEqualTo(MEMBER);
        assertThat(reason(o, "exception").args()).containsExactly("parental leave", "2026-10-01", "2027-03-31");
        // an exception whose period is over does not count
        f.exceptions.set(0, new GrantedException(3, "old", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 30)));
        assertThat(f.evaluate().status()).isEqualTo(LOST);
    }

    @Test
    void aBoardReversalHoldsUntilAWholeWindowLiesAfterIt() {
        Facts f = new Facts().was(LOST, LocalDate.of(2026, 11, 20));
        f.admission = new Admission(1, LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 10), LocalDate.of(2026, 11, 20), "conflict");
        Outcome o = f.evaluate();
        assertThat(o.status()).isEqualTo(LOST);
        assertThat(reason(o, "reversed").args()).containsExactly("2026-11-20", "conflict");
        // a verification whose window starts after the reversal may make a candidate again
        f.minutes = Map.of(YearMonth.of(2026, 12), 900L, YearMonth.of(2027, 1), 900L);
        Outcome later = f.evaluate(EligibilityWindow.of(LocalDate.of(2027, 2, 2)));
        assertThat(later.status()).isEqualTo(CANDIDATE);
    }

    @Property
    void nobodyBecomesAMemberWithoutProbation(@ForAll @IntRange(max = 3) int committees,
                                              @ForAll @IntRange(max = 3) int reflections,
                                              @ForAll @IntRange(max = 2000) int oct, @ForAll @IntRange(max = 2000) int nov,
                                              @ForAll boolean wasLost) {
        Facts f = new Facts().was(wasLost ? LOST : NOT_ELIGIBLE, null).hours(oct, nov);
        String[] codes = new String[committees];
        for (int i = 0; i < committees; i++) codes[i] = "c" + i;
        f.committees(codes);
        LocalDate[] days = new LocalDate[reflections];
        for (int i = 0; i < reflections; i++) days[i] = LocalDate.of(2026, 10, 6 + i);
        f.reflections(days);
        Outcome o = f.evaluate();
        boolean meets = committees >= 2 && reflections >= 2 && oct >= 600 && nov >= 600;
        assertThat(o.status()).isIn(meets ? List.of(CANDIDATE) : List.of(wasLost ? LOST : NOT_ELIGIBLE));
        assertThat(o.reasons()).isNotEmpty();
    }

    @Property
    void reasonsSurviveStorage(@ForAll String code, @ForAll boolean met, @ForAll String arg) {
        String clean = code.replaceAll("[\\n\\r\\u001f]", "x");
        if (clean.isEmpty()) clean = "c";
        Reason r = Reason.of(clean, met, arg.replaceAll("[\\n\\r\\u001f]", " "));
        assertThat(Reason.decodeAll(Reason.encodeAll(List.of(r)))).containsExactly(r);
    }
}
