package org.fourmiliere.governance.internal.bodies;

import java.time.LocalDate;

/** A person's membership of a body, from {@code since} to {@code until} (exclusive; null while it lasts). */
public record Membership(long id, long bodyId, long personId, LocalDate since, LocalDate until, String note) {

    public boolean inForceOn(LocalDate day) {
        return DatedRules.inForce(since, until, day);
    }

    public boolean open() {
        return until == null;
    }
}
