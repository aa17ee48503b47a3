package org.fourmiliere.governance.internal.eligibility;

import java.time.LocalDate;
import java.util.Optional;
import org.fourmiliere.governance.internal.eligibility.EligibilityService.AdmissionView;
import org.fourmiliere.shared.Problems;

/**
 * The acts of the bodies around eligibility (§4.2, §4.7): the work committee's exceptions, the hiring committee's
 * confirmation of a candidate, the board's reversal of an admission.
 */
final class AdmissionRules {

    private AdmissionRules() {}

    /** Only the work committee (or an administrator) grants an exception, over a period that ends after it begins. */
    static void checkException(boolean mayGrant, LocalDate from, LocalDate to) {
        if (!mayGrant) throw new Problems.Conflict("personId", "eligibility.exception.not-work-committee");
        if (to.isBefore(from)) throw new Problems.InvalidInput("to", "eligibility.exception.period");
    }

    /**
     * A member of the hiring committee confirms the person's pending admission: neither confirmed nor reversed yet,
     * while the person holds the membership.
     */
    static AdmissionView confirmable(boolean hiringMember, Optional<AdmissionView> latest, EligibilityStatus standing) {
        if (!hiringMember) throw new Problems.Conflict("personId", "eligibility.hiring.not-member");
        AdmissionView a = latest.filter(x -> x.reversedOn() == null && x.confirmedOn() == null)
                .orElseThrow(() -> new Problems.Conflict("personId", "eligibility.admission.none"));
        if (!standing.holdsMembership()) throw new Problems.Conflict("personId", "eligibility.admission.none");
        return a;
    }

    /** A member of the board reverses an admission not reversed yet. */
    static AdmissionView reversible(boolean boardMember, Optional<AdmissionView> latest) {
        if (!boardMember) throw new Problems.Conflict("personId", "eligibility.board.not-member");
        return latest.filter(x -> x.reversedOn() == null)
                .orElseThrow(() -> new Problems.Conflict("personId", "eligibility.admission.none"));
    }
}
