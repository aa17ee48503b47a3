package org.fourmiliere.requests.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counts of portal link asks by key ({@code request_portal_ask}). No rules here: see {@link PortalThrottle}. */
@Repository
class PortalThrottleStore {

    private final JdbcClient jdbc;

    PortalThrottleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts one ask for the key in its window (a window that began in {@code (now - length, now]}), or starts a new
     * window at {@code now}; returns the asks of the window, this one included. The row is written by one update at
     * a time (its lock), so asks from two nodes at once are both counted.
     */
    int count(String key, Instant now, Instant windowOpenSince) {
        Timestamp at = Timestamp.from(now);
        Timestamp since = Timestamp.from(windowOpenSince);
        int counted = jdbc.sql("""
                UPDATE request_portal_ask SET asks = asks + 1
                WHERE ask_key = :k AND window_start <= :now AND window_start > :since""")
                .param("k", key).param("now", at).param("since", since).update();
        if (counted == 0) {
            counted = jdbc.sql("""
                    UPDATE request_portal_ask SET asks = 1, window_start = :now
                    WHERE ask_key = :k AND (window_start > :now OR window_start <= :since)""")
                    .param("k", key).param("now", at).param("since", since).update();
        }
        if (counted == 0) {
            counted = jdbc.sql("INSERT INTO request_portal_ask (ask_key, window_start, asks) VALUES (:k, :now, 1) ON CONFLICT DO NOTHING")
                    .param("k", key).param("now", at).update();
        }
        if (counted == 0) {
            // another node wrote the row in between: this ask is one more of its window
            jdbc.sql("UPDATE request_portal_ask SET asks = asks + 1 WHERE ask_key = :k").param("k", key).update();
        }
        return jdbc.sql("SELECT asks FROM request_portal_ask WHERE ask_key = :k").param("k", key).query(Integer.class).single();
    }
}
