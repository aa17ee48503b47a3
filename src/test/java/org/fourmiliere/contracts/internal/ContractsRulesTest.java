package org.fourmiliere.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.fourmiliere.contracts.BillingMode;
import org.fourmiliere.contracts.Commands.Grouping;
import org.fourmiliere.contracts.ServiceKind;
import org.fourmiliere.contracts.Stage;
import org.fourmiliere.sales.ClientKind;
import org.fourmiliere.sales.NewLine;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.timesheets.BillableTime.Unbilled;
import org.junit.jupiter.api.Test;

/** The rules of contracts without Spring or a database: the grid, partners, stages, the pipeline, budgets, shares. */
class ContractsRulesTest {

    static final LocalDate D = LocalDate.of(2007, 1, 1);

    static Money cad(String s) {
        return Money.cad(s);
    }

    @Test
    void theGridPicksTheRateInForceOnTheDayPerKindOfClient() {
        var grid = new Rate.Grid(List.of(
                new Rate(1, ServiceKind.WEB_DEVELOPMENT, ClientKind.NON_PROFIT, D, cad("60.00")),
                new Rate(2, ServiceKind.WEB_DEVELOPMENT, ClientKind.COMPANY, D, cad("85.00")),
                new Rate(3, ServiceKind.WEB_DEVELOPMENT, ClientKind.COMPANY, D.plusMonths(6), cad("95.00"))));
        assertThat(grid.rateOn(ServiceKind.WEB_DEVELOPMENT, ClientKind.NON_PROFIT, D.plusDays(3))).contains(cad("60.00"));
        assertThat(grid.rateOn(ServiceKind.WEB_DEVELOPMENT, ClientKind.COMPANY, D.plusDays(3))).contains(cad("85.00"));
        assertThat(grid.rateOn(ServiceKind.WEB_DEVELOPMENT, ClientKind.COMPANY, D.plusMonths(6))).contains(cad("95.00"));
        assertThat(grid.rateOn(ServiceKind.WEB_DEVELOPMENT, ClientKind.COMPANY, D.minusDays(1))).isEmpty();
        assertThat(grid.rateOn(ServiceKind.DESIGN, ClientKind.COMPANY, D)).isEmpty();
        assertThat(grid.inForceOn(D.plusMonths(7))).extracting(Rate::id).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void aPartnerAgreementAppliesWithinItsPeriodOnly() {
        Partner p = Partner.of("CMAQ", null, 7L, null, null, new BigDecimal("25"), D, D.plusMonths(12));
        assertThat(p.covers(null, 7L, ServiceKind.DESIGN, D)).isTrue();
        assertThat(p.covers(null, 7L, ServiceKind.DESIGN, D.plusMonths(12).minusDays(1))).isTrue();
        assertThat(p.covers(null, 7L, ServiceKind.DESIGN, D.plusMonths(12))).isFalse();
        assertThat(p.covers(null, 7L, ServiceKind.DESIGN, D.minusDays(1))).isFalse();
        assertThat(p.covers(null, 8L, ServiceKind.DESIGN, D)).isFalse();
        assertThat(p.price(cad("60.00"))).isEqualTo(cad("45.00"));
        Partner rate = Partner.of("Worker", 3L, null, ServiceKind.HOSTING, cad("40.00"), null, D, null);
        assertThat(rate.covers(3L, null, ServiceKind.HOSTING, D.plusYears(5))).isTrue();
        assertThat(rate.covers(3L, null, ServiceKind.DESIGN, D)).isFalse();
        assertThat(rate.price(null)).isEqualTo(cad("40.00"));
        assertThatThrownBy(() -> Partner.of("x", null, null, null, cad("1.00"), null, D, null))
                .isInstanceOf(Problems.InvalidInput.class);
        assertThatThrownBy(() -> Partner.of("x", 1L, null, null, cad("1.00"), BigDecimal.TEN, D, null))
                .isInstanceOf(Problems.InvalidInput.class);
        assertThatThrownBy(() -> Partner.of("x", 1L, null, null, cad("1.00"), null, D, D))
                .isInstanceOf(Problems.InvalidInput.class);
    }

    static Opportunity opp(long id, Stage stage, int chance, String amount, LocalDate decision, Long team, LocalDate created) {
        return new Opportunity(id, "Site " + id, 1L, "Client", ServiceKind.WEB_DEVELOPMENT, 600L, cad(amount), stage, chance,
                decision, team, null, null, created);
    }

    @Test
    void stagesMoveUntilClosedAndALostOneSaysWhy() {
        Opportunity o = opp(1, Stage.REQUEST, 50, "1000.00", D, null, D);
        Opportunity triaged = o.movedTo(Stage.TRIAGE, 30, null, null);
        assertThat(triaged.stage()).isEqualTo(Stage.TRIAGE);
        assertThat(triaged.chance()).isEqualTo(30);
        assertThat(triaged.weighted()).isEqualTo(cad("300.00"));
        assertThat(triaged.movedTo(Stage.WON, null, null, null).chance()).isEqualTo(100);
        assertThatThrownBy(() -> triaged.movedTo(Stage.LOST, null, " ", null))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("lostReason"));
        Opportunity lost = triaged.movedTo(Stage.LOST, null, "Too expensive", null);
        assertThat(lost.chance()).isZero();
        assertThat(lost.lostReason()).isEqualTo("Too expensive");
        assertThatThrownBy(() -> lost.movedTo(Stage.ANALYSIS, null, null, null)).isInstanceOf(Problems.Conflict.class);
        assertThatThrownBy(() -> o.movedTo(Stage.ANALYSIS, 101, null, null)).isInstanceOf(Problems.InvalidInput.class);
    }

    @Property
    void theWeightedValueIsTheEstimateTimesTheChance(@ForAll @LongRange(min = 0, max = 10_000_000) long cents,
                                                     @ForAll @IntRange(min = 0, max = 100) int chance) {
        Opportunity o = new Opportunity(1, "t", null, "c", ServiceKind.DESIGN, null, Money.ofMinor(cents, Money.CAD),
                Stage.ANALYSIS, chance, null, null, null, null, D);
        BigDecimal exact = BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(chance)).movePointLeft(4);
        assertThat(o.weighted().amount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        assertThat(o.weighted().compareTo(o.estimate())).isLessThanOrEqualTo(0);
    }

    @Test
    void theWeightedPipelineIsPerMonthOfDecisionAndTeamOpenOnesOnly() {
        var w = Pipeline.weightedByMonthAndTeam(List.of(
                opp(1, Stage.ANALYSIS, 50, "1000.00", LocalDate.of(2007, 3, 10), 5L, D),
                opp(2, Stage.QUOTE_SENT, 80, "500.00", LocalDate.of(2007, 3, 20), 5L, D),
                opp(3, Stage.REQUEST, 10, "2000.00", LocalDate.of(2007, 3, 20), null, D),
                opp(4, Stage.TRIAGE, 20, "100.00", null, 6L, D),
                opp(5, Stage.WON, 100, "9999.00", LocalDate.of(2007, 3, 20), 5L, D)));
        assertThat(w.get(YearMonth.of(2007, 3)).get(5L)).isEqualTo(cad("900.00"));
        assertThat(w.get(YearMonth.of(2007, 3)).get(Pipeline.NO_TEAM)).isEqualTo(cad("200.00"));
        assertThat(w.get(YearMonth.of(2007, 1)).get(6L)).isEqualTo(cad("20.00"));
    }

    @Test
    void theWeeklyReviewTellsWhatChangedSinceTheLastReview() {
        LocalDate last = LocalDate.of(2007, 6, 4), today = LocalDate.of(2007, 6, 11);
        Opportunity old = opp(1, Stage.ANALYSIS, 50, "1000.00", LocalDate.of(2007, 7, 1), null, LocalDate.of(2007, 5, 1));
        Opportunity fresh = opp(2, Stage.REQUEST, 50, "1000.00", null, null, LocalDate.of(2007, 6, 5));
        Opportunity won = opp(3, Stage.WON, 100, "1000.00", null, null, LocalDate.of(2007, 5, 1));
        Opportunity lost = opp(4, Stage.LOST, 0, "1000.00", null, null, LocalDate.of(2007, 5, 1));
        Opportunity late = opp(5, Stage.QUOTE_SENT, 60, "1000.00", LocalDate.of(2007, 6, 8), null, LocalDate.of(2007, 4, 1));
        var changes = List.of(
                new Pipeline.StageChange(1, Stage.TRIAGE, Stage.ANALYSIS, LocalDate.of(2007, 6, 3), "a"), // before the review
                new Pipeline.StageChange(1, Stage.ANALYSIS, Stage.ANALYSIS, LocalDate.of(2007, 6, 6), "a"),
                new Pipeline.StageChange(2, null, Stage.REQUEST, LocalDate.of(2007, 6, 5), "a"),
                new Pipeline.StageChange(3, Stage.QUOTE_SENT, Stage.WON, LocalDate.of(2007, 6, 4), "a"),
                new Pipeline.StageChange(4, Stage.QUOTE_SENT, Stage.LOST, LocalDate.of(2007, 6, 10), "a"));
        var r = Pipeline.review(last, today, List.of(old, fresh, won, lost, late), changes);
        assertThat(r.created()).extracting(Opportunity::id).containsExactly(2L);
        assertThat(r.moved()).extracting(Pipeline.StageChange::on).containsExactly(LocalDate.of(2007, 6, 6));
        assertThat(r.won()).extracting(Opportunity::id).containsExactly(3L);
        assertThat(r.lost()).extracting(Opportunity::id).containsExactly(4L);
        assertThat(r.overdue()).extracting(Opportunity::id).containsExactly(5L);
    }

    static Contract contract(Long budgetMinutes, Long freelancer, String share) {
        return new Contract(1, "CT-1", "Site", 1, null, null, null, ServiceKind.WEB_DEVELOPMENT, BillingMode.TIME_AND_MATERIALS,
                cad("80.00"), budgetMinutes, null, D, null, 9, freelancer, new BigDecimal(share));
    }

    @Test
    void budgetAlertLevelsAreReachedAt80And100Percent() {
        Contract c = contract(600L, null, "30");
        assertThat(c.levelsReached(479)).isEmpty();
        assertThat(c.levelsReached(480)).containsExactly(80);
        assertThat(c.levelsReached(599)).containsExactly(80);
        assertThat(c.levelsReached(600)).containsExactly(80, 100);
        assertThat(contract(null, null, "30").levelsReached(10_000)).isEmpty();
    }

    @Property
    void theSharesAddUpToTheRevenue(@ForAll @LongRange(min = 0, max = 100_000_000) long cents,
                                    @ForAll @IntRange(min = 0, max = 100) int share) {
        Contract c = contract(null, 4L, String.valueOf(share));
        Money revenue = Money.ofMinor(cents, Money.CAD);
        var s = c.share(revenue);
        assertThat(s.collective().plus(s.freelancer())).isEqualTo(revenue);
    }

    @Test
    void theCollectiveKeeps30PercentOfAFreelancersContractByDefault() {
        var s = contract(null, 4L, Contract.DEFAULT_SHARE.toPlainString()).share(cad("1000.00"));
        assertThat(s.collective()).isEqualTo(cad("300.00"));
        assertThat(s.freelancer()).isEqualTo(cad("700.00"));
        assertThat(contract(null, null, "30").share(cad("1000.00")).freelancer()).isEqualTo(cad("0.00"));
    }

    static final HoursBilling.Texts TEXTS = new HoursBilling.Texts() {
        public String activity(String title, String code, LocalDate f, LocalDate t) {
            return title + " " + f + ".." + t;
        }

        public String day(String worker, LocalDate day, String code) {
            return worker + " " + day;
        }
    };

    @Test
    void hoursBecomeOneLinePerActivityOrPerWorkerAndDayAtTheContractsRate() {
        Contract c = contract(null, null, "30");
        var unbilled = List.of(new Unbilled(1, D, 90, 2), new Unbilled(2, D, 60, 1), new Unbilled(1, D.plusDays(1), 20, 1));
        List<NewLine> one = HoursBilling.lines(c, "CT-1", D, D.plusDays(30), unbilled, Grouping.ACTIVITY, id -> "W" + id, TEXTS);
        assertThat(one).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualByComparingTo("2.8333");
            assertThat(l.unitPrice()).isEqualByComparingTo("80.00");
            assertThat(l.department()).isEqualTo("WEBDEV");
        });
        List<NewLine> perDay = HoursBilling.lines(c, "CT-1", D, D.plusDays(30), unbilled, Grouping.WORKER_DAY, id -> "W" + id, TEXTS);
        assertThat(perDay).extracting(NewLine::description).containsExactly("W1 2007-01-01", "W2 2007-01-01", "W1 2007-01-02");
        assertThat(perDay).extracting(l -> l.quantity().toPlainString()).containsExactly("1.5000", "1.0000", "0.3333");
        assertThat(HoursBilling.lines(c, "CT-1", D, D, List.of(), Grouping.ACTIVITY, id -> "", TEXTS)).isEmpty();
    }

    @Test
    void profitabilityIsRevenueAgainstWagesAndFreelancers() {
        var p = new Profitability(cad("1600.00"), 20 * 60, cad("430.00"), cad("0.00"));
        assertThat(p.margin()).isEqualTo(cad("1170.00"));
        assertThat(p.effectiveHourly()).isEqualTo(cad("80.00"));
        assertThat(new Profitability(cad("0.00"), 0, cad("0.00"), cad("0.00")).effectiveHourly()).isNull();
        assertThat(p.plus(new Profitability(cad("400.00"), 60, cad("21.50"), cad("100.00"))).margin()).isEqualTo(cad("1448.50"));
    }
}
