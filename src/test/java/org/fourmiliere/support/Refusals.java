package org.fourmiliere.support;

import org.fourmiliere.shared.Problems;

/** What a rule says when it refuses: for unit tests of domain rules. */
public final class Refusals {

    private Refusals() {
    }

    /** The message key of the refusal the action throws, or null when it is accepted. */
    public static String key(Runnable action) {
        try {
            action.run();
            return null;
        } catch (Problems.DomainException e) {
            return e.messageKey();
        }
    }
}
