package org.fourmiliere.requests.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Who looks at tickets: a worker (staff: every queue, internal comments) or a requester, who sees only the tickets
 * of which their address (or their person of the registry) is a party, without internal comments — and, in the
 * portal, those of which an organisation they represent in the registry is a party ({@code organisations}: those
 * organisations' addresses, ADR 1007).
 */
public record Viewer(boolean staff, String address, Long personId, List<String> organisations) {

    public Viewer {
        organisations = organisations == null ? List.of() : organisations.stream().filter(Objects::nonNull)
                .map(a -> a.strip().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty()).distinct().toList();
    }

    public static Viewer staff(Long personId) {
        return new Viewer(true, null, personId, List.of());
    }

    public static Viewer requester(String address, Long personId) {
        return requester(address, personId, List.of());
    }

    /** A requester who also represents organisations having these addresses. */
    public static Viewer requester(String address, Long personId, List<String> organisations) {
        return new Viewer(false, address == null ? null : address.strip().toLowerCase(Locale.ROOT), personId, organisations);
    }
}
