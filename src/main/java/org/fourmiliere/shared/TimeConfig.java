package org.fourmiliere.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application, in the collective's zone. Domain code receives it; it never calls now(). */
@Configuration(proxyBeanMethods = false)
public class TimeConfig {

    /** The collective's time zone (§6, §8). */
    public static final ZoneId ZONE = ZoneId.of("America/Montreal");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
