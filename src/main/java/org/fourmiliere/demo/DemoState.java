package org.fourmiliere.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether the demo collective was loaded in this database. */
@Component
class DemoState {

    private final JdbcClient jdbc;

    DemoState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean loaded() {
        return jdbc.sql("SELECT COUNT(*) FROM demo_load").query(Long.class).single() > 0;
    }

    void markLoaded(Clock clock) {
        jdbc.sql("INSERT INTO demo_load (loaded_at) VALUES (:at)").param("at", Timestamp.from(Instant.now(clock))).update();
    }
}
