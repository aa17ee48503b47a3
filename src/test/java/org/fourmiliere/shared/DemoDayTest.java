package org.fourmiliere.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The demo's day: which settings turn it on, and the clock it gives. */
class DemoDayTest {

    private static final Clock DECEMBER = Clock.fixed(Instant.parse("2026-12-06T15:30:00Z"), TimeConfig.ZONE);

    @Test
    void anOrdinaryInstanceKeepsTheRealClock() {
        DemoDay day = DemoDay.from(new MockEnvironment());
        assertThat(day.on()).isFalse();
        assertThat(day.clock(DECEMBER)).isSameAs(DECEMBER);
    }

    @Test
    void aDemoInstanceLivesOn15June2007AtTheRealTimeOfDay() {
        DemoDay day = DemoDay.from(new MockEnvironment().withProperty("fourmiliere.demo", "true"));
        Clock clock = day.clock(DECEMBER);
        ZonedDateTime now = ZonedDateTime.now(clock);
        assertThat(now.toLocalDate()).isEqualTo(LocalDate.of(2007, 6, 15));
        assertThat(now.toLocalTime()).isEqualTo(LocalTime.of(10, 30));
    }

    @Test
    void theDemoFlagOnTheCommandLineAndAnotherDay() {
        DemoDay day = DemoDay.from(new MockEnvironment().withProperty("demo", "")
                .withProperty("fourmiliere.demo.today", "2007-03-13"));
        assertThat(LocalDate.now(day.clock(DECEMBER))).isEqualTo(LocalDate.of(2007, 3, 13));
        DemoDay real = DemoDay.from(new MockEnvironment().withProperty("demo", "").withProperty("fourmiliere.demo.today", "now"));
        assertThat(real.on()).isTrue();
        assertThat(real.clock(DECEMBER)).isSameAs(DECEMBER);
    }

    @Test
    void aDayThatIsNoDateStopsStartUpNamingTheSetting() {
        var env = new MockEnvironment().withProperty("fourmiliere.demo", "true").withProperty("fourmiliere.demo.today", "15/06/2007");
        assertThatThrownBy(() -> DemoDay.from(env)).hasMessageContaining("FOURMILIERE_DEMO_TODAY").hasMessageContaining("15/06/2007");
    }
}
