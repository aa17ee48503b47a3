package org.fourmiliere.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database before anything connects. With no {@code FOURMILIERE_DB_*} setting the embedded
 * H2 file database in the data folder is used; with {@code FOURMILIERE_DB_URL} and
 * {@code FOURMILIERE_DB_USER} (password optional, for trust authentication) PostgreSQL is used. Half-given
 * settings stop start-up with a message naming what is missing: never a silent fall-back.
 */
public class DatabaseSettings implements EnvironmentPostProcessor, Ordered {

    static final String URL = "fourmiliere.db.url";
    static final String USER = "fourmiliere.db.user";
    static final String PASSWORD = "fourmiliere.db.password";
    static final String OPTIONS = "fourmiliere.db.options";
    static final String DEFAULT_OPTIONS = "-c jit=off -c work_mem=32MB";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String url = blankToNull(env.getProperty(URL));
        String user = blankToNull(env.getProperty(USER));
        String password = env.getProperty(PASSWORD);
        if (url == null && user == null && blankToNull(password) == null) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (url == null) missing.add("FOURMILIERE_DB_URL");
        if (user == null) missing.add("FOURMILIERE_DB_USER");
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The PostgreSQL settings are half-given: " + String.join(" and ", missing)
                    + " must be set too (or unset every FOURMILIERE_DB_* variable to use the embedded database).");
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("FOURMILIERE_DB_URL must be a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://127.0.0.1:5432/fourmiliere, not '" + url + "'.");
        }
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", url);
        props.put("spring.datasource.username", user);
        props.put("spring.datasource.password", password == null ? "" : password);
        props.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
        // Session defaults for reports: no JIT compilation (it costs more than it saves on queries of a few
        // hundred milliseconds) and sorts in memory rather than on disk. FOURMILIERE_DB_OPTIONS replaces them.
        String options = env.getProperty(OPTIONS);
        props.put("spring.datasource.hikari.data-source-properties.options",
                options == null || options.isBlank() ? DEFAULT_OPTIONS : options.trim());
        env.getPropertySources().addFirst(new MapPropertySource("fourmiliereDatabase", props));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
