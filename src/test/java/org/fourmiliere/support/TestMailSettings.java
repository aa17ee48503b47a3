package org.fourmiliere.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the integration tests' application at the {@link TestMail} server's IMAP side before it starts: the
 * collective's mailbox ({@link TestMail#COLLECTIVE_ADDRESS}) is read every second, as a real installation reads its
 * own. One initializer for every integration test, so they keep sharing one application context.
 */
public class TestMailSettings implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail", TestMail.applicationSettings()));
    }
}
