package org.fourmiliere.requests.internal;

import java.util.Locale;
import java.util.Optional;

/** Where a ticket stands. The service clock runs in NEW and OPEN, and stops in the others. */
public enum TicketStatus {
    NEW, OPEN, WAITING, RESOLVED, REJECTED;

    /** Whether the collective owes the requester something: the clock runs. */
    public boolean clockRuns() {
        return this == NEW || this == OPEN;
    }

    public boolean closed() {
        return this == RESOLVED || this == REJECTED;
    }

    public static Optional<TicketStatus> parse(String s) {
        if (s == null) return Optional.empty();
        try {
            return Optional.of(valueOf(s.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
