package org.fourmiliere.accounts.internal;

import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The online backup of the embedded database: H2's {@code BACKUP TO}, a consistent copy of the database file taken
 * while the application runs. PostgreSQL is backed up from outside with {@code pg_dump} (bin/fourmiliere-backup).
 */
@Repository
class BackupStore {

    private final JdbcClient jdbc;
    private final javax.sql.DataSource dataSource;

    BackupStore(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    enum Kind { POSTGRESQL, H2_FILE, H2_MEMORY }

    /** Which database this is: PostgreSQL, the embedded H2 file, or an H2 in memory (tests: nothing to back up). */
    Kind kind() {
        try (var c = dataSource.getConnection()) {
            var meta = c.getMetaData();
            if (!meta.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("h2")) return Kind.POSTGRESQL;
            return meta.getURL().contains(":mem:") ? Kind.H2_MEMORY : Kind.H2_FILE;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void backupTo(Path zip) {
        jdbc.sql("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'").update();
    }
}
