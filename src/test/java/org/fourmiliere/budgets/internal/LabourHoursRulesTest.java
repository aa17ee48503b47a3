package org.fourmiliere.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fourmiliere.members.Engagement;
import org.junit.jupiter.api.Test;

/** The hours of a year by engagement, and their shares to the tenth of a percent, by hand. */
class LabourHoursRulesTest {

    @Test
    void sharesOfTheThreeToTheTenth() {
        // 70 h salaried, 30 h freelance, 12 h volunteer: 62.5 %, 26.79 → 26.8 %, 10.71 → 10.7 %
        BudgetService.LabourHours h = BudgetService.labourHours(Map.of(Engagement.SALARIED, 70 * 60L,
                Engagement.FREELANCE, 30 * 60L, Engagement.VOLUNTEER, 12 * 60L));
        assertThat(h.salaried()).isEqualByComparingTo("70.00");
        assertThat(h.freelance()).isEqualByComparingTo("30.00");
        assertThat(h.volunteer()).isEqualByComparingTo("12.00");
        assertThat(h.salariedShare()).isEqualByComparingTo("62.5");
        assertThat(h.freelanceShare()).isEqualByComparingTo("26.8");
        assertThat(h.volunteerShare()).isEqualByComparingTo("10.7");
    }

    @Test
    void minutesBecomeHoursToTheHundredthAndNoHoursMeanNoShares() {
        BudgetService.LabourHours h = BudgetService.labourHours(Map.of(Engagement.FREELANCE, 50L));
        assertThat(h.freelance()).isEqualByComparingTo("0.83");
        assertThat(h.freelanceShare()).isEqualByComparingTo("100.0");
        assertThat(h.salariedShare()).isEqualByComparingTo("0.0");
        BudgetService.LabourHours none = BudgetService.labourHours(Map.of());
        assertThat(none.salariedShare()).isNull();
        assertThat(none.salaried()).isEqualByComparingTo("0");
    }
}
