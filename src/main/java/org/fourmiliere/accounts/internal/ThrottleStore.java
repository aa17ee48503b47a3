package org.fourmiliere.accounts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counts of failed sign-ins by key ({@code sign_in_throttle}). No rules here: see {@link SignInThrottle}. */
@Repository
class ThrottleStore {

    record Count(int failures, Instant lockedUntil, Instant lastFailure) {}

    private final JdbcClient jdbc;

    ThrottleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Count> find(String key) {
        return jdbc.sql("SELECT failures, locked_until, last_failure_at FROM sign_in_throttle WHERE throttle_key = :k")
                .param("k", key)
                .query((rs, n) -> new Count(rs.getInt(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))))
                .optional();
    }

    void put(String key, int failures, Instant lockedUntil, Instant at) {
        int updated = jdbc.sql("UPDATE sign_in_throttle SET failures = :f, locked_until = :l, last_failure_at = :at WHERE throttle_key = :k")
                .param("f", failures).param("l", lockedUntil == null ? null : Timestamp.from(lockedUntil))
                .param("at", Timestamp.from(at)).param("k", key).update();
        if (updated > 0) return;
        try {
            jdbc.sql("INSERT INTO sign_in_throttle (throttle_key, failures, locked_until, last_failure_at) VALUES (:k, :f, :l, :at)")
                    .param("f", failures).param("l", lockedUntil == null ? null : Timestamp.from(lockedUntil))
                    .param("at", Timestamp.from(at)).param("k", key).update();
        } catch (DuplicateKeyException e) {
            // another node counted the same key at the same moment: its count stands, this failure is one more next time
        }
    }

    void clear(String key) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE throttle_key = :k").param("k", key).update();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
