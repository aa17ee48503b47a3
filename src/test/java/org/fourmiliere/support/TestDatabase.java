package org.fourmiliere.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Starts each test run from an empty schema, migrated by the same Flyway scripts as production, and adds the
 * {@link TestStatuses} fixture and a reaction that fails once ({@link FailingOnce}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    @Bean
    TestStatuses testStatuses() {
        return new TestStatuses();
    }

    @Bean
    FailingOnce failingOnce() {
        return new FailingOnce();
    }

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
