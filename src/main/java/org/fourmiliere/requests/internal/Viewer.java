package org.fourmiliere.requests.internal;

import java.util.Locale;

/**
 * Who looks at tickets: a worker (staff: every queue, internal comments) or a requester, who sees only the tickets
 * of which their address (or their person of the registry) is a party, without internal comments.
 */
public record Viewer(boolean staff, String address, Long personId) {

    public static Viewer staff(Long personId) {
        return new Viewer(true, null, personId);
    }

    public static Viewer requester(String address, Long personId) {
        return new Viewer(false, address == null ? null : address.strip().toLowerCase(Locale.ROOT), personId);
    }
}
