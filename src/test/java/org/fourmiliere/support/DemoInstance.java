package org.fourmiliere.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against a demo instance: the whole application started as {@code --demo} would start it, on a database
 * of its own that starts empty ({@link DemoDatabase}), so the demo collective is loaded at start-up through every
 * module's services. Its clock is the demo's own: 15 June 2007 at the real time of day. Every test with this
 * annotation shares the one demo context; nothing else runs in it, so its figures are the demo's alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"fourmiliere.demo=true", "fourmiliere.demo.today=2007-06-15"})
@ContextConfiguration(initializers = DemoDatabase.class)
public @interface DemoInstance {

    /** The password of every demo person. */
    String PASSWORD = "fourmiliere-demo";
}
