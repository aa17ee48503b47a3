package org.fourmiliere.accounts.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Repository;

/** Tells the administrator which database the application runs on. */
@Repository
public class DatabaseStore {

    /** The database product, its version and the connection's address. */
    public record DatabaseInfo(String product, String version, String url) {}

    private final DataSource dataSource;

    DatabaseStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DatabaseInfo database() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            return new DatabaseInfo(md.getDatabaseProductName(), md.getDatabaseProductVersion(), md.getURL());
        }
    }
}
