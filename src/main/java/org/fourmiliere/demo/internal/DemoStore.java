package org.fourmiliere.demo.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether the demo collective was loaded in this database (table {@code demo_load}). */
@Component
public class DemoStore {

    private final JdbcClient jdbc;

    DemoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean loaded() {
        return jdbc.sql("SELECT COUNT(*) FROM demo_load").query(Long.class).single() > 0;
    }

    public void markLoaded(Clock clock) {
        jdbc.sql("INSERT INTO demo_load (loaded_at) VALUES (:at)").param("at", Timestamp.from(Instant.now(clock))).update();
    }
}
