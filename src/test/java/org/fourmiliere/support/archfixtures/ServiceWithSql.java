package org.fourmiliere.support.archfixtures;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A deliberately bad class for {@code PersistenceRulesTest}: a service that runs SQL itself, and reads every column.
 * Never used by the application.
 */
public final class ServiceWithSql {

    private final JdbcClient jdbc;

    public ServiceWithSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("SELECT * FROM member").query().listOfRows().size();
    }
}
