package org.fourmiliere.chat.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the lease row of the IRC bot ({@code chat_bot_lease}): SQL only (rules in {@link BotLease}). */
@Repository
class BotLeaseStore {

    private final JdbcClient jdbc;

    BotLeaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the lease if {@code holder} holds it or it has expired at {@code now}; whether it did. */
    boolean renew(String name, String holder, Instant expiresAt, Instant now) {
        return jdbc.sql("UPDATE chat_bot_lease SET holder = :me, expires_at = :exp"
                        + " WHERE name = :n AND (holder = :me OR expires_at < :now)")
                .param("me", holder).param("exp", Timestamp.from(expiresAt)).param("n", name)
                .param("now", Timestamp.from(now)).update() == 1;
    }

    /** Creates the lease row for {@code holder}; false when another node created it first. */
    boolean create(String name, String holder, Instant expiresAt) {
        try {
            jdbc.sql("INSERT INTO chat_bot_lease (name, holder, expires_at) VALUES (:n, :me, :exp)")
                    .param("n", name).param("me", holder).param("exp", Timestamp.from(expiresAt)).update();
            return true;
        } catch (DataIntegrityViolationException taken) {
            return false;
        }
    }

    /** Gives the lease up, if {@code holder} holds it. */
    void release(String name, String holder) {
        jdbc.sql("DELETE FROM chat_bot_lease WHERE name = :n AND holder = :me").param("n", name).param("me", holder).update();
    }
}
