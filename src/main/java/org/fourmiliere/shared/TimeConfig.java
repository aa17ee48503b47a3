package org.fourmiliere.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one clock of the application, in the collective's zone. Domain code receives it; it never calls now(). A
 * demo instance lives on the demo's day ({@link DemoDay}).
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfig {

    /** The collective's time zone (§6, §8). */
    public static final ZoneId ZONE = ZoneId.of("America/Montreal");

    @Bean
    DemoDay demoDay(Environment env) {
        return DemoDay.from(env);
    }

    @Bean
    Clock clock(DemoDay demoDay) {
        return demoDay.clock(Clock.system(ZONE));
    }
}
