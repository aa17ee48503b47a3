package org.fourmiliere.governance.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fourmiliere.support.Refusals.key;

import java.time.LocalDate;
import java.util.Optional;
import org.fourmiliere.governance.internal.eligibility.EligibilityService.AdmissionView;
import org.junit.jupiter.api.Test;

/** The acts of the bodies around eligibility: exceptions, confirmation and reversal of an admission. */
class AdmissionRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final AdmissionView PENDING = new AdmissionView(1, 7, DAY, null, null, null, null, null);
    private static final AdmissionView CONFIRMED = new AdmissionView(1, 7, DAY, DAY.plusDays(3), "h@x", null, null, null);
    private static final AdmissionView REVERSED = new AdmissionView(1, 7, DAY, DAY.plusDays(3), "h@x", DAY.plusDays(9), "b@x", "why");

    @Test
    void theWorkCommitteeGrantsAnExceptionOverAPeriod() {
        assertThat(key(() -> AdmissionRules.checkException(true, DAY, DAY))).isNull();
        assertThat(key(() -> AdmissionRules.checkException(false, DAY, DAY))).isEqualTo("eligibility.exception.not-work-committee");
        assertThat(key(() -> AdmissionRules.checkException(true, DAY, DAY.minusDays(1)))).isEqualTo("eligibility.exception.period");
    }

    @Test
    void theHiringCommitteeConfirmsAPendingAdmissionOfAMember() {
        assertThat(AdmissionRules.confirmable(true, Optional.of(PENDING), EligibilityStatus.CANDIDATE)).isEqualTo(PENDING);
        assertThat(key(() -> AdmissionRules.confirmable(false, Optional.of(PENDING), EligibilityStatus.CANDIDATE)))
                .isEqualTo("eligibility.hiring.not-member");
        assertThat(key(() -> AdmissionRules.confirmable(true, Optional.of(CONFIRMED), EligibilityStatus.MEMBER)))
                .isEqualTo("eligibility.admission.none");
        assertThat(key(() -> AdmissionRules.confirmable(true, Optional.empty(), EligibilityStatus.CANDIDATE)))
                .isEqualTo("eligibility.admission.none");
        assertThat(key(() -> AdmissionRules.confirmable(true, Optional.of(PENDING), EligibilityStatus.LOST)))
                .isEqualTo("eligibility.admission.none");
    }

    @Test
    void theBoardReversesAnAdmissionOnce() {
        assertThat(AdmissionRules.reversible(true, Optional.of(CONFIRMED))).isEqualTo(CONFIRMED);
        assertThat(AdmissionRules.reversible(true, Optional.of(PENDING))).isEqualTo(PENDING);
        assertThat(key(() -> AdmissionRules.reversible(false, Optional.of(PENDING)))).isEqualTo("eligibility.board.not-member");
        assertThat(key(() -> AdmissionRules.reversible(true, Optional.of(REVERSED)))).isEqualTo("eligibility.admission.none");
    }
}
