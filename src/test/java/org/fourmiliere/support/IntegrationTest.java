package org.fourmiliere.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test against the whole application on the real database of the run (H2 by default, PostgreSQL with
 * -Ppostgres), served on a random port. Every integration test uses this one configuration so that one
 * application context serves them all; the schema is rebuilt once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabase.class)
public @interface IntegrationTest {
}
