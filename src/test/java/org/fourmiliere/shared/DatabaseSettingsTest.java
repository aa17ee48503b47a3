package org.fourmiliere.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** The database is chosen from FOURMILIERE_DB_*; half-given settings stop start-up with a clear message. */
class DatabaseSettingsTest {

    private final DatabaseSettings settings = new DatabaseSettings();

    @Test
    void withoutSettingsTheEmbeddedDatabaseStays() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/fourmiliere");
        settings.postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.datasource.url")).startsWith("jdbc:h2:");
    }

    @Test
    void urlAndUserSwitchToPostgresql() {
        MockEnvironment env = new MockEnvironment()
                .withProperty(DatabaseSettings.URL, "jdbc:postgresql://127.0.0.1:5432/fourmiliere")
                .withProperty(DatabaseSettings.USER, "fourmi");
        settings.postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/fourmiliere");
        assertThat(env.getProperty("spring.datasource.username")).isEqualTo("fourmi");
        assertThat(env.getProperty("spring.datasource.password")).isEmpty();
        assertThat(env.getProperty("spring.datasource.hikari.data-source-properties.options")).isEqualTo("-c jit=off -c work_mem=32MB");
    }

    @Test
    void sessionOptionsCanBeReplaced() {
        MockEnvironment env = new MockEnvironment()
                .withProperty(DatabaseSettings.URL, "jdbc:postgresql://127.0.0.1:5432/fourmiliere")
                .withProperty(DatabaseSettings.USER, "fourmi")
                .withProperty(DatabaseSettings.OPTIONS, "-c work_mem=8MB");
        settings.postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.datasource.hikari.data-source-properties.options")).isEqualTo("-c work_mem=8MB");
    }

    @Test
    void aUrlWithoutUserStopsStartUp() {
        MockEnvironment env = new MockEnvironment().withProperty(DatabaseSettings.URL, "jdbc:postgresql://127.0.0.1/x");
        assertThatThrownBy(() -> settings.postProcessEnvironment(env, new SpringApplication()))
                .hasMessageContaining("half-given").hasMessageContaining("FOURMILIERE_DB_USER");
    }

    @Test
    void aPasswordAloneStopsStartUp() {
        MockEnvironment env = new MockEnvironment().withProperty(DatabaseSettings.PASSWORD, "secret");
        assertThatThrownBy(() -> settings.postProcessEnvironment(env, new SpringApplication()))
                .hasMessageContaining("FOURMILIERE_DB_URL").hasMessageContaining("FOURMILIERE_DB_USER");
    }

    @Test
    void aNonPostgresqlUrlIsRefused() {
        MockEnvironment env = new MockEnvironment().withProperty(DatabaseSettings.URL, "jdbc:mysql://x/y")
                .withProperty(DatabaseSettings.USER, "u");
        assertThatThrownBy(() -> settings.postProcessEnvironment(env, new SpringApplication()))
                .hasMessageContaining("PostgreSQL");
    }
}
