package org.fourmiliere.timesheets;

import java.util.Locale;
import java.util.Optional;

/**
 * What time is spent on: a client contract or a project, an internal activity (roles and tasks), a
 * committee (one activity per committee) or a meeting. Time on a MEETING activity, and meeting time
 * recorded by governance, is meeting time (§4 leaves it out of the hours worked).
 */
public enum ActivityKind {
    CONTRACT, PROJECT, INTERNAL, COMMITTEE, MEETING;

    public static Optional<ActivityKind> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (ActivityKind k : values()) if (k.name().equals(t)) return Optional.of(k);
        return Optional.empty();
    }
}
