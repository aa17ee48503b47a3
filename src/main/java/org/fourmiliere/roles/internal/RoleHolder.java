package org.fourmiliere.roles.internal;

import java.time.LocalDate;

/** A person holds a role from {@code since} to {@code until} (exclusive; null while they hold it). */
public record RoleHolder(long id, long roleId, long personId, LocalDate since, LocalDate until, String note) {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(since) && (until == null || day.isBefore(until));
    }
}
