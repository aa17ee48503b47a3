package org.fourmiliere.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test against the whole application on the real database of the run (H2 by default, PostgreSQL with
 * -Ppostgres), served on a random port. Every integration test uses this one configuration so that one
 * application context serves them all; the schema is rebuilt once per run. The application's clock is the
 * {@link TestClock}: every test runs on the same day, and a test may move the clock, which goes back after it. Its mail goes to the GreenMail server of {@link TestMail}, and it reads the collective's
 * mailbox there over IMAP ({@link TestMailSettings}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabase.class)
@org.springframework.test.context.ContextConfiguration(initializers = {TestMailSettings.class, TestChatSettings.class})
@ExtendWith(TestClockReset.class)
public @interface IntegrationTest {
}
