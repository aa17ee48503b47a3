package org.fourmiliere.support;

import java.util.List;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.accounts.StatusContributor;
import org.fourmiliere.members.MemberRegistration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Starts each test run from an empty schema, migrated by the same Flyway scripts as production, and adds the
 * fixtures every integration test shares: the {@link TestClock} in place of the system clock, {@link People},
 * {@link TestStatuses}, a reaction that fails once ({@link FailingOnce}), a mail server ({@link TestMail}) the
 * application's mail goes to, and a handler of inbound mail ({@link TestInboundHandler}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    People people(MemberRegistration registration, AccountDirectory accounts, List<StatusContributor> contributors,
                  TestClock clock) {
        return new People(registration, accounts, contributors, clock);
    }

    @Bean
    TestStatuses testStatuses() {
        return new TestStatuses();
    }

    @Bean
    FailingOnce failingOnce() {
        return new FailingOnce();
    }

    @Bean
    TestMail testMail() {
        return new TestMail();
    }

    /** A module's inbound mail handler for {@link TestInboundHandler#ADDRESS}. */
    @Bean
    TestInboundHandler testInboundHandler(org.fourmiliere.mail.Outbox outbox) {
        return new TestInboundHandler(outbox);
    }

    /** The application sends its mail to the {@link TestMail} server, as if {@code spring.mail.host} pointed at it. */
    @Bean
    JavaMailSender testMailSender(TestMail testMail) {
        return testMail.sender();
    }

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
