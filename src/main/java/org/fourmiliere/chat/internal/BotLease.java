package org.fourmiliere.chat.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Only one node of a cluster runs the IRC bot: it holds a lease row ({@code chat_bot_lease}), claimed when free or
 * expired, renewed while connected. A node that loses it (a long pause) disconnects; another takes over after
 * the lease runs out. Its SQL is here: a single row, no service of its own.
 */
@Component
class BotLease {

    private static final String NAME = "irc";
    private static final Duration LIFE = Duration.ofSeconds(90);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String me = UUID.randomUUID().toString();
    private volatile Instant renewedAt = Instant.MIN;

    BotLease(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Duration period() {
        return LIFE.dividedBy(3);
    }

    /** Claims or renews the lease; false while another node holds it. */
    synchronized boolean claim() {
        Instant now = Instant.now(clock);
        int updated = jdbc.sql("UPDATE chat_bot_lease SET holder = :me, expires_at = :exp"
                        + " WHERE name = :n AND (holder = :me OR expires_at < :now)")
                .param("me", me).param("exp", Timestamp.from(now.plus(LIFE))).param("n", NAME)
                .param("now", Timestamp.from(now)).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO chat_bot_lease (name, holder, expires_at) VALUES (:n, :me, :exp)")
                        .param("n", NAME).param("me", me).param("exp", Timestamp.from(now.plus(LIFE))).update();
            } catch (DataIntegrityViolationException taken) {
                return false;
            }
        }
        renewedAt = now;
        return true;
    }

    /** Renews the lease once a third of its life has passed; false when it was lost. */
    boolean renewIfDue() {
        Instant now = Instant.now(clock);
        if (!now.isBefore(renewedAt.plus(period())) || now.isBefore(renewedAt)) return claim();
        return true;
    }
}
