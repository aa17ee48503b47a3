package org.fourmiliere.timesheets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fourmiliere.shared.Problems;
import org.junit.jupiter.api.Test;

class LockedMonthsTest {

    final LockedMonths locked = new LockedMonths(Set.of(YearMonth.of(2030, 1), YearMonth.of(2030, 3)));

    @Test
    void minutesOnAnOpenMonthPass() {
        locked.refuseAnyOf(Map.of(LocalDate.of(2030, 2, 28), 60), "start");
        assertThat(locked.among(List.of(YearMonth.of(2030, 2), YearMonth.of(2030, 3), YearMonth.of(2030, 1))))
                .containsExactly(YearMonth.of(2030, 1), YearMonth.of(2030, 3));
    }

    @Test
    void anEntryAcrossTheEndOfAMonthIsRefusedWhenEitherMonthIsLockedNamingTheFirst() {
        Map<LocalDate, Integer> days = new LinkedHashMap<>();
        days.put(LocalDate.of(2030, 2, 28), 30);
        days.put(LocalDate.of(2030, 3, 1), 30);
        assertThatThrownBy(() -> locked.refuseAnyOf(days, "activity")).isInstanceOfSatisfying(Problems.Conflict.class, e -> {
            assertThat(e.field()).isEqualTo("activity");
            assertThat(e.messageKey()).isEqualTo("time.locked");
            assertThat(e.args()).containsExactly("2030-03");
        });
    }

    @Test
    void aLockedMonthIsNotLockedTwice() {
        locked.refuseRelock(YearMonth.of(2030, 2));
        assertThatThrownBy(() -> locked.refuseRelock(YearMonth.of(2030, 1)))
                .isInstanceOfSatisfying(Problems.Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("time.lock.already"));
    }
}
