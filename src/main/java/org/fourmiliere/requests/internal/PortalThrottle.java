package org.fourmiliere.requests.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How many portal links may be asked for: per address (3 in 15 minutes by default) and per client address (20 in an
 * hour), counted in the database so that every node agrees (ADR 1005). Every ask counts — for an address with tickets
 * or without, let through or not —, each key in a fixed window that starts at its first ask; past a limit no link is
 * sent and the asker is answered as always.
 */
@Component
class PortalThrottle {

    private final PortalThrottleStore store;
    private final RequestSettings settings;

    PortalThrottle(PortalThrottleStore store, RequestSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** Counts an ask for a link to {@code address} from {@code client}; whether a link may be sent. */
    boolean allows(String address, String client, Instant now) {
        boolean byAddress = within(addressKey(address), settings.portalAsksPerAddress(), settings.portalAsksAddressWindow(), now);
        boolean byClient = client == null || client.isBlank()
                || within(clientKey(client), settings.portalAsksPerClient(), settings.portalAsksClientWindow(), now);
        return byAddress && byClient;
    }

    private boolean within(String key, int limit, Duration window, Instant now) {
        return store.count(key, now, now.minus(window)) <= limit;
    }

    static String addressKey(String address) {
        String a = address.strip().toLowerCase(Locale.ROOT);
        return "address:" + (a.length() > 320 ? a.substring(0, 320) : a);
    }

    static String clientKey(String client) {
        String c = client.strip();
        return "client:" + (c.length() > 64 ? c.substring(0, 64) : c);
    }
}
