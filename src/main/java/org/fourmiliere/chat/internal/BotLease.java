package org.fourmiliere.chat.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Only one node of a cluster runs the IRC bot: it holds a lease row ({@code chat_bot_lease}), claimed when free or
 * expired, renewed while connected. A node that loses it (a long pause) disconnects; another takes over after
 * the lease runs out. Its SQL is in {@link BotLeaseStore}.
 */
@Component
class BotLease {

    private static final String NAME = "irc";
    private static final Duration LIFE = Duration.ofSeconds(90);

    private final BotLeaseStore store;
    private final Clock clock;
    private final String me = UUID.randomUUID().toString();
    private volatile Instant renewedAt = Instant.MIN;

    BotLease(BotLeaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Duration period() {
        return LIFE.dividedBy(3);
    }

    /** Claims or renews the lease; false while another node holds it. */
    synchronized boolean claim() {
        Instant now = Instant.now(clock);
        Instant expires = now.plus(LIFE);
        if (!store.renew(NAME, me, expires, now) && !store.create(NAME, me, expires)) return false;
        renewedAt = now;
        return true;
    }

    /** Gives the lease up (the application stops): another node takes over at once instead of after its life. */
    void release() {
        store.release(NAME, me);
        renewedAt = Instant.MIN;
    }

    /** Renews the lease once a third of its life has passed; false when it was lost. */
    boolean renewIfDue() {
        Instant now = Instant.now(clock);
        if (!now.isBefore(renewedAt.plus(period())) || now.isBefore(renewedAt)) return claim();
        return true;
    }
}
