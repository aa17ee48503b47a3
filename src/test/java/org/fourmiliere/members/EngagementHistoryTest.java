package org.fourmiliere.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngagementHistoryTest {

    private static final LocalDate JAN_1 = LocalDate.of(2007, 1, 1);

    @Test
    void aDayFindsTheEngagementActiveThenBothEndsIncluded() {
        var history = new EngagementHistory(Map.of(7L, List.of(
                new EngagementHistory.Period(Engagement.SALARIED, JAN_1.plusMonths(6), null),
                new EngagementHistory.Period(Engagement.FREELANCE, JAN_1, JAN_1.plusMonths(6).minusDays(1)))));

        assertThat(history.on(7, JAN_1.minusDays(1))).isEmpty();
        assertThat(history.on(7, JAN_1)).contains(Engagement.FREELANCE);
        assertThat(history.on(7, JAN_1.plusMonths(6).minusDays(1))).contains(Engagement.FREELANCE);
        assertThat(history.on(7, JAN_1.plusMonths(6))).contains(Engagement.SALARIED);
        assertThat(history.on(7, LocalDate.of(2030, 1, 1))).contains(Engagement.SALARIED);
        assertThat(history.on(8, JAN_1)).isEmpty();
    }

    @Test
    void overlappingPeriodsTheLatestFirstWinsAsForOneDay() {
        var history = new EngagementHistory(Map.of(7L, List.of(
                new EngagementHistory.Period(Engagement.SALARIED, JAN_1.plusDays(10), null),
                new EngagementHistory.Period(Engagement.VOLUNTEER, JAN_1, null))));

        assertThat(history.on(7, JAN_1.plusDays(5))).contains(Engagement.VOLUNTEER);
        assertThat(history.on(7, JAN_1.plusDays(10))).contains(Engagement.SALARIED);
    }
}
