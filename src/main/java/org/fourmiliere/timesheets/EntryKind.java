package org.fourmiliere.timesheets;

import java.util.Locale;
import java.util.Optional;

/** How an hour counts (§8): paid at the single wage, given freely, or mandated by a body but not paid (yet). */
public enum EntryKind {
    PAID, VOLUNTEER, MANDATED_UNPAID;

    /** Reads "PAID", "paid", "volunteer", "mandated", "mandated_unpaid", "mandated-unpaid". */
    public static Optional<EntryKind> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (t.equals("MANDATED")) return Optional.of(MANDATED_UNPAID);
        for (EntryKind k : values()) if (k.name().equals(t)) return Optional.of(k);
        return Optional.empty();
    }
}
