package org.fourmiliere.accounts.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tells the administrator which database the application runs on, and how its queue of jobs stands. */
@Repository
public class DatabaseStore {

    /** The database product, its version and the connection's address. */
    public record DatabaseInfo(String product, String version, String url) {}

    /** The scheduler's queue: runs whose time has come and that no node took yet, runs being made, runs failing. */
    public record JobQueue(long due, long running, long failing) {}

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    DatabaseStore(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** The scheduler's table (one row per job, kept by every node) read at {@code now}. */
    public JobQueue jobQueue(Instant now) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN picked = FALSE AND execution_time <= :now THEN 1 ELSE 0 END), 0) AS due,
                       COALESCE(SUM(CASE WHEN picked = TRUE THEN 1 ELSE 0 END), 0) AS running,
                       COALESCE(SUM(CASE WHEN consecutive_failures > 0 THEN 1 ELSE 0 END), 0) AS failing
                FROM scheduled_tasks""")
                .param("now", Timestamp.from(now))
                .query((rs, i) -> new JobQueue(rs.getLong("due"), rs.getLong("running"), rs.getLong("failing"))).single();
    }

    public DatabaseInfo database() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            return new DatabaseInfo(md.getDatabaseProductName(), md.getDatabaseProductVersion(), md.getURL());
        }
    }
}
