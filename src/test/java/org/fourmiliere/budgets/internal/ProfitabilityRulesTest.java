package org.fourmiliere.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Profitability per department by hand; the overhead is shared to the cent. */
class ProfitabilityRulesTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void marginAndBreakEvenByHand() {
        Profitability.Result r = Profitability.compute(List.of(
                        new Profitability.Input("WEB", "Web", d("10000"), 300 * 60, d("1500"), d("200")),
                        new Profitability.Input("HOST", "Hosting", d("5000"), 50 * 60, d("0"), d("800"))),
                d("3000"), d("18.00"), d("0.15"));
        Profitability.Line web = r.lines().get(0), host = r.lines().get(1);
        // an hour costs 18.00 × 1.15 = 20.70; web: 300 h × 20.70 = 6210.00
        assertThat(web.labour()).isEqualByComparingTo("6210.00");
        // overhead 3000 by revenue: web 10000 / 15000 = 2000.00, hosting 1000.00
        assertThat(web.overheadShare()).isEqualByComparingTo("2000.00");
        assertThat(host.overheadShare()).isEqualByComparingTo("1000.00");
        // web margin: 10000 − 6210 − 1500 − 200 − 2000 = 90.00, 0.9 % of revenue
        assertThat(web.margin()).isEqualByComparingTo("90.00");
        assertThat(web.marginPercent()).isEqualByComparingTo("0.9");
        // break-even: (1500 + 200 + 2000) / (10000 / 300 − 20.70) = 3700 / 12.6333 = 292.88 → 292.9 h
        assertThat(web.revenuePerHour()).isEqualByComparingTo("33.33");
        assertThat(web.breakEvenHours()).isEqualByComparingTo("292.9");
        // hosting: 5000 − 50 × 20.70 (1035.00) − 800 − 1000 = 2165.00 (43.3 %); (800 + 1000) / (100 − 20.70) = 22.70 → 22.7 h
        assertThat(host.margin()).isEqualByComparingTo("2165.00");
        assertThat(host.marginPercent()).isEqualByComparingTo("43.3");
        assertThat(host.breakEvenHours()).isEqualByComparingTo("22.7");
        assertThat(r.margin()).isEqualByComparingTo("2255.00");
    }

    @Test
    void aDepartmentWhoseHoursCostMoreThanTheyBringNeverBreaksEven() {
        Profitability.Result r = Profitability.compute(List.of(new Profitability.Input("X", "X", d("100"), 600, d("0"), d("0"))),
                d("0"), d("18.00"), d("0.15"));
        assertThat(r.lines().getFirst().breakEvenHours()).isNull();
    }

    @Property(tries = 200)
    void theOverheadSharesAddUpToTheCent(@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 1_000_000) Integer> revenues,
                                         @ForAll @IntRange(min = 0, max = 10_000_000) int overheadCents) {
        List<Profitability.Input> in = revenues.stream()
                .map(v -> new Profitability.Input("D", "D", BigDecimal.valueOf(v, 2), 0, null, null)).toList();
        Profitability.Result r = Profitability.compute(in, BigDecimal.valueOf(overheadCents, 2), d("18"), d("0"));
        BigDecimal sum = r.lines().stream().map(Profitability.Line::overheadShare).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean noRevenue = revenues.stream().allMatch(v -> v == 0);
        assertThat(sum).isEqualByComparingTo(noRevenue ? BigDecimal.ZERO : BigDecimal.valueOf(overheadCents, 2));
    }
}
