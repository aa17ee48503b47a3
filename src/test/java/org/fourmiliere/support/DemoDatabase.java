package org.fourmiliere.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The empty database of a {@link DemoInstance}. On H2, a database in memory of its own. On PostgreSQL (the run's
 * {@code test.db.url}), a database beside the run's, named after it with {@code _demo}, dropped and created
 * again, so the demo is loaded into an empty database every run as a real first start would.
 */
public class DemoDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String H2_URL = "jdbc:h2:mem:fourmiliere-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var env = context.getEnvironment();
        String runUrl = env.getProperty("test.db.url", "");
        String url = runUrl.isBlank() ? H2_URL : freshPostgresDatabase(runUrl, env.getProperty("test.db.user", "postgres"));
        env.getPropertySources().addFirst(new MapPropertySource("demoDatabase", Map.of("spring.datasource.url", url)));
    }

    private static String freshPostgresDatabase(String runUrl, String user) {
        int slash = runUrl.lastIndexOf('/');
        int query = runUrl.indexOf('?', slash);
        String name = (query < 0 ? runUrl.substring(slash + 1) : runUrl.substring(slash + 1, query)) + "_demo";
        String demoUrl = runUrl.substring(0, slash + 1) + name + (query < 0 ? "" : runUrl.substring(query));
        try (Connection c = DriverManager.getConnection(runUrl, user, "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the demo's database " + name + " beside " + runUrl, e);
        }
        return demoUrl;
    }
}
