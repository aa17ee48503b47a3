package org.fourmiliere.accounts.internal;

import java.time.Instant;

/** One account as stored. */
public record AccountRow(long id, String email, String passwordHash, Long personId, boolean administrator,
                  boolean mustChangePassword, boolean enabled, String language, int failedLogins,
                  Instant lockedUntil) {
}
