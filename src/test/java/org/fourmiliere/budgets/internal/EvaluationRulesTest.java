package org.fourmiliere.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.fourmiliere.budgets.internal.Evaluation.Category;
import org.fourmiliere.budgets.internal.Evaluation.Input;
import org.fourmiliere.budgets.internal.Evaluation.Kind;
import org.fourmiliere.budgets.internal.Evaluation.Line;
import org.junit.jupiter.api.Test;

/** Budget evaluation (seed 000 §2): every category, totals to the cent and percentages to the tenth. */
class EvaluationRulesTest {

    static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Input expense(String account, String budget, String actual) {
        return new Input(account, account, Kind.EXPENSE, d(budget), d(actual));
    }

    static Input revenue(String account, String budget, String actual) {
        return new Input(account, account, Kind.REVENUE, d(budget), d(actual));
    }

    static Line line(Evaluation.Result r, String account) {
        return r.lines().stream().filter(l -> l.account().equals(account)).findFirst().orElseThrow();
    }

    final Evaluation.Result result = Evaluation.evaluate(List.of(
            expense("rent", "3000", "3916"),
            expense("sales-role", "0", "11000"),
            expense("external", "1000", "0"),
            expense("printing", "1000", "300"),
            expense("research", "1680", "1680.76"),
            expense("nothing", "0", "0"),
            revenue("webdev", "80000", "143246.64"),
            revenue("support", "24000", "0"),
            revenue("hosting", "28000", "28518.36")), TEN_PERCENT);

    @Test
    void everyCategoryOccurs() {
        assertThat(line(result, "rent").category()).isEqualTo(Category.OVERSPENT);
        assertThat(line(result, "rent").notPlanned()).isFalse();
        assertThat(line(result, "sales-role").category()).isEqualTo(Category.OVERSPENT);
        assertThat(line(result, "sales-role").notPlanned()).isTrue();
        assertThat(line(result, "external").category()).isEqualTo(Category.UNUSED);
        assertThat(line(result, "external").nothingSpent()).isTrue();
        assertThat(line(result, "printing").category()).isEqualTo(Category.UNUSED);
        assertThat(line(result, "printing").nothingSpent()).isFalse();
        assertThat(line(result, "research").category()).isEqualTo(Category.WELL_ESTIMATED);
        assertThat(line(result, "webdev").category()).isEqualTo(Category.EXTRA);
        assertThat(line(result, "support").category()).isEqualTo(Category.MISSING);
        assertThat(line(result, "hosting").category()).isEqualTo(Category.WELL_ESTIMATED);
        assertThat(result.lines()).extracting(Line::account).doesNotContain("nothing");
    }

    @Test
    void differencesToTheCentAndPercentagesToTheTenth() {
        // 3916 − 3000 = 916; 916 / 3000 = 30.53 % → 30.5
        assertThat(line(result, "rent").difference()).isEqualByComparingTo("916.00");
        assertThat(line(result, "rent").percent()).isEqualByComparingTo("30.5");
        assertThat(line(result, "sales-role").percent()).isNull();
        assertThat(line(result, "external").percent()).isEqualByComparingTo("-100.0");
        assertThat(line(result, "printing").percent()).isEqualByComparingTo("-70.0");
        // 0.76 / 1680 = 0.045 % → 0.0
        assertThat(line(result, "research").difference()).isEqualByComparingTo("0.76");
        assertThat(line(result, "research").percent()).isEqualByComparingTo("0.0");
        // 63246.64 / 80000 = 79.058 % → 79.1
        assertThat(line(result, "webdev").difference()).isEqualByComparingTo("63246.64");
        assertThat(line(result, "webdev").percent()).isEqualByComparingTo("79.1");
        // 518.36 / 28000 = 1.851 % → 1.9
        assertThat(line(result, "hosting").percent()).isEqualByComparingTo("1.9");
    }

    @Test
    void summariesEstimatedActualVariance() {
        // expenses: 3000 + 0 + 1000 + 1000 + 1680 = 6680.00; 3916 + 11000 + 0 + 300 + 1680.76 = 16896.76
        assertThat(result.expenses().estimated()).isEqualByComparingTo("6680.00");
        assertThat(result.expenses().actual()).isEqualByComparingTo("16896.76");
        assertThat(result.expenses().difference()).isEqualByComparingTo("10216.76");
        // 10216.76 / 6680 = 152.945 % → 152.9
        assertThat(result.expenses().percent()).isEqualByComparingTo("152.9");
        // revenue: 132000.00 planned, 143246.64 + 28518.36 = 171765.00; 39765 / 132000 = 30.125 % → 30.1
        assertThat(result.revenue().estimated()).isEqualByComparingTo("132000.00");
        assertThat(result.revenue().actual()).isEqualByComparingTo("171765.00");
        assertThat(result.revenue().percent()).isEqualByComparingTo("30.1");
        assertThat(result.budgetBalance()).isEqualByComparingTo("125320.00");
        assertThat(result.actualBalance()).isEqualByComparingTo("154868.24");
    }

    @Test
    void theSeedsSummariesOf2006_07() {
        // "Estimé 143 000 $, Réel 201 000 $, Variation +41 %": 58000 / 143000 = 40.56 % → 40.6
        assertThat(Evaluation.summary(d("143000"), d("201000")).percent()).isEqualByComparingTo("40.6");
        // revenue 143 000 → 216 000: 73000 / 143000 = 51.05 % → 51.0 (the seed prints +50 %)
        assertThat(Evaluation.summary(d("143000"), d("216000")).percent()).isEqualByComparingTo("51.0");
    }

    @Test
    void theToleranceIsInclusive() {
        Evaluation.Result r = Evaluation.evaluate(List.of(expense("a", "1000", "1100"), expense("b", "1000", "1100.01"),
                expense("c", "1000", "900"), expense("e", "1000", "899.99"), revenue("f", "1000", "1100.01"),
                revenue("g", "1000", "899.99"), revenue("h", "0", "5")), TEN_PERCENT);
        assertThat(line(r, "a").category()).isEqualTo(Category.WELL_ESTIMATED);
        assertThat(line(r, "b").category()).isEqualTo(Category.OVERSPENT);
        assertThat(line(r, "c").category()).isEqualTo(Category.WELL_ESTIMATED);
        assertThat(line(r, "e").category()).isEqualTo(Category.UNUSED);
        assertThat(line(r, "f").category()).isEqualTo(Category.EXTRA);
        assertThat(line(r, "g").category()).isEqualTo(Category.MISSING);
        assertThat(line(r, "h").category()).isEqualTo(Category.EXTRA);
        assertThat(line(r, "h").notPlanned()).isTrue();
    }

    @Test
    void aToleranceOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> Evaluation.evaluate(List.of(), d("-0.1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Evaluation.evaluate(List.of(), d("1.5"))).isInstanceOf(IllegalArgumentException.class);
    }
}
