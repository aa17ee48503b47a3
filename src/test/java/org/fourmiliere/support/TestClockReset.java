package org.fourmiliere.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** After each integration test, the {@link TestClock} goes back to the time of the run. */
public class TestClockReset implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBean(TestClock.class).reset();
    }
}
