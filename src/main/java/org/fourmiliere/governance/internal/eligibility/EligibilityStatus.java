package org.fourmiliere.governance.internal.eligibility;

/**
 * Where a person stands against the eligibility bylaw (§4). CANDIDATE, MEMBER and WARNED hold the
 * work-committee membership (and so the WORK_COMMITTEE status); NOT_ELIGIBLE and LOST do not.
 */
public enum EligibilityStatus {
    NOT_ELIGIBLE, CANDIDATE, MEMBER, WARNED, LOST;

    public boolean holdsMembership() {
        return this == CANDIDATE || this == MEMBER || this == WARNED;
    }
}
