package org.fourmiliere.governance.internal.bodies;

/** The kinds of board seats (§2). An organisational member's seat is held by a person who represents it. */
public enum SeatKind {
    WORK_COMMITTEE_DELEGATE, INDIVIDUAL_MEMBER, ORGANISATIONAL_MEMBER;

    public boolean representsAnOrganisation() {
        return this == ORGANISATIONAL_MEMBER;
    }
}
