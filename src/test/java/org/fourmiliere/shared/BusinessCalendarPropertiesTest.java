package org.fourmiliere.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Properties of the business-hours clock over any instant, any closed days and any number of hours. */
class BusinessCalendarPropertiesTest {

    private static final long FROM = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(FROM, TO).flatMap(s -> Arbitraries.integers().between(0, 999_999_999)
                .map(n -> Instant.ofEpochSecond(s, n)));
    }

    @Provide
    Arbitrary<List<LocalDate>> closedDays() {
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2100, 1, 1).toEpochDay())
                .map(LocalDate::ofEpochDay).list().ofMaxSize(30);
    }

    @Property
    void forty_eight_business_hours_later_is_a_business_instant(@ForAll("instants") Instant from) {
        BusinessCalendar c = BusinessCalendar.quebec();
        Instant at = c.deadline(from, Duration.ofHours(48));
        assertThat(c.businessTimeBetween(from, at)).isEqualTo(Duration.ofHours(48));
        assertThat(c.isBusinessTime(at.minusNanos(1))).as("the last nanosecond counted is business time").isTrue();
        assertThat(at).isAfterOrEqualTo(from.plus(Duration.ofHours(48)));
    }

    @Property
    void any_business_time_with_any_closed_days(@ForAll("instants") Instant from, @ForAll("closedDays") List<LocalDate> closed,
                                                @ForAll @LongRange(min = 1, max = 2_000 * 3600L) long seconds) {
        BusinessCalendar c = BusinessCalendar.withClosedDays(closed);
        Duration hours = Duration.ofSeconds(seconds);
        Instant at = c.deadline(from, hours);
        assertThat(c.businessTimeBetween(from, at)).isEqualTo(hours);
        assertThat(c.isBusinessTime(at.minusNanos(1))).isTrue();
        for (LocalDate d : closed) assertThat(c.isBusinessDay(d)).isFalse();
    }

    @Property
    void deadlines_add_up(@ForAll("instants") Instant from, @ForAll @LongRange(min = 0, max = 500) long a,
                          @ForAll @LongRange(min = 0, max = 500) long b) {
        BusinessCalendar c = BusinessCalendar.quebec();
        Instant once = c.deadline(from, Duration.ofHours(a + b));
        Instant twice = c.deadline(c.deadline(from, Duration.ofHours(a)), Duration.ofHours(b));
        // equal, except when the first step ends on a midnight before a non-business day
        assertThat(c.businessTimeBetween(from, twice)).isEqualTo(Duration.ofHours(a + b));
        assertThat(c.businessTimeBetween(once, twice)).isZero();
    }
}
