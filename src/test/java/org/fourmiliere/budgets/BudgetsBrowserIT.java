package org.fourmiliere.budgets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.Years;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whoever keeps the books enters a budget, reads its evaluation with its chart, makes next year's projection and
 * reads the cash-flow forecast and the profitability charts; in French and English.
 */
class BudgetsBrowserIT extends BrowserTest {

    @Autowired People people;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void enterEvaluateProjectForecast(String lang) {
        boolean fr = lang.equals("fr");
        Person me = people.withAccount("Tresoriere", lang);
        Api admin = new Api(port).basic(ADMIN_EMAIL, ADMIN_PASSWORD);
        var holder = admin.post("/api/v1/roles/accounting/holders", "{\"personId\":" + me.id() + "}");
        if (holder.status() != 201) throw new IllegalStateException(holder.body());
        int y = Years.fresh(2);
        // the actuals: rent 1300 in September, web development 5000 in October
        post(admin, y + "-09-05", "5420", "1010", "1300.00");
        post(admin, y + "-10-05", "1010", "4001", "5000.00");
        signIn(me.email(), me.password());

        page.navigate(url("/budgets"));
        assertThat(page.locator("h1")).hasText("Budgets");
        assertThat(page.locator("main")).not().containsText("??");
        page.fill("#budget-year", String.valueOf(y + 1));
        page.fill("#budget-title", fr ? "Budget de test" : "Test budget");
        page.click("#new-budget button");
        assertThat(page.locator("#budget-name")).containsText(fr ? "Budget de test" : "Test budget");

        page.selectOption("#entry-account", "5420");
        page.selectOption("#entry-period", "MONTH");
        page.fill("#entry-number", "1");
        page.fill("#entry-amount", "1000.00");
        page.click("#entry button");
        assertThat(page.locator(".notice")).hasText(fr ? "Montant inscrit." : "Amount entered.");
        page.selectOption("#entry-account", "4001");
        page.selectOption("#entry-period", "QUARTER");
        page.fill("#entry-number", "1");
        page.fill("#entry-amount", "6000.00");
        page.click("#entry button");

        // the first quarter's evaluation: rent overspent by 300 (30.0 %), web development missing 1000
        page.click("text=" + (fr ? "T1" : "Q1"));
        assertThat(page.locator("#line-5420")).containsText(fr ? "en dépassement" : "overspent");
        assertThat(page.locator("#line-5420")).containsText("30,0 %".replace(",", fr ? "," : "."));
        assertThat(page.locator("#line-4001")).containsText(fr ? "revenu manquant" : "missing revenue");
        assertThat(page.locator("#evaluation-chart svg")).hasCount(1);
        assertThat(page.locator("#summary-expenses")).containsText(fr ? "1 300,00" : "1,300.00");
        screenshot("budgets-evaluation-" + lang);

        // next year's projection from the year's actuals, web development +30 %
        page.navigate(url("/budgets/projection"));
        page.fill("input[name=baseYear]", String.valueOf(y + 1));
        page.fill("input[name='growth.WEBDEV']", "30");
        page.fill("input[name=subsidy]", "45000");
        page.click("#projection button");
        // 5000 × 1.30 = 6500.00; balance 6500 + 45000 − 1300 = 50200.00
        assertThat(page.locator("#projected-revenue")).containsText(fr ? "6 500,00" : "6,500.00");
        assertThat(page.locator("#projected-balance")).containsText(fr ? "50 200,00" : "50,200.00");
        screenshot("budgets-projection-" + lang);

        // the cash-flow forecast and its chart, with its table
        page.navigate(url("/budgets/cash-flow?from=" + y + "-09-01&months=6&lateDays=30"));
        assertThat(page.locator("h1")).hasText(fr ? "Prévision de trésorerie" : "Cash-flow forecast");
        assertThat(page.locator("#cash-flow-chart svg")).hasCount(1);
        assertThat(page.locator("#cash-flow tbody tr")).hasCount(6);
        assertThat(page.locator("#cash-flow-late")).hasCount(1);
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("budgets-cash-flow-" + lang);

        // profitability and the analyses' charts
        page.navigate(url("/budgets/profitability?from=" + y + "-09-01&to=" + (y + 1) + "-08-31"));
        assertThat(page.locator("#dept-WEBDEV")).containsText(fr ? "5 000,00" : "5,000.00");
        assertThat(page.locator("#profitability-chart svg")).hasCount(1);
        assertThat(page.locator("#shares-chart svg")).hasCount(1);
        assertThat(page.locator("#monthly-chart svg")).hasCount(1);
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("budgets-profitability-" + lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aTeamCommentsItsQuarterAndTheAnalysesWeeksAndJournalLinesAreRead(String lang) {
        boolean fr = lang.equals("fr");
        Person member = people.workerWithAccount("Drupaliste", lang);
        Api admin = new Api(port).basic(ADMIN_EMAIL, ADMIN_PASSWORD);
        int y = Years.fresh(2);
        int fy = y + 1;
        String team = People.unique("Drupal");
        var created = admin.post("/api/v1/teams", "{\"nameFr\":\"%s\",\"nameEn\":\"%s\",\"memberIds\":[%d]}".formatted(team, team, member.id()));
        if (created.status() != 201) throw new IllegalStateException(created.body());
        long teamId = created.json().get("id").asLong();
        admin.put("/api/v1/budgets/teams/" + teamId + "/services", "{\"departments\":[\"WEBDEV\"]}");
        var budget = admin.post("/api/v1/budgets", "{\"fiscalYear\":%d,\"name\":\"%s\"}".formatted(fy, People.unique("Teams")));
        long id = budget.json().get("id").asLong();
        admin.post("/api/v1/budgets/" + id + "/entries",
                "{\"entries\":[{\"account\":\"4001\",\"department\":\"WEBDEV\",\"period\":\"QUARTER\",\"number\":1,\"amount\":\"6000.00\"}]}");
        var r = admin.post("/api/v1/journal-entries", """
                {"date":"%s-10-05","description":"browser","lines":[{"account":"1010","side":"DEBIT","amount":"5000.00"},
                {"account":"4001","side":"CREDIT","amount":"5000.00","department":"WEBDEV"}]}""".formatted(y));
        if (r.status() != 201) throw new IllegalStateException(r.body());
        signIn(member.email(), member.password());

        // the team's quarter: actual 5000 of web development; a member writes the team's comment
        page.navigate(url("/budgets/teams?fiscalYear=" + fy + "&quarter=1"));
        assertThat(page.locator("h1")).hasText(fr ? "Rapports trimestriels des équipes" : "Teams' quarterly reports");
        assertThat(page.locator("#team-" + teamId + "-WEBDEV")).containsText(fr ? "5 000,00" : "5,000.00");
        page.fill("#team-" + teamId + " textarea[name=comment]", fr ? "Un client a payé en retard." : "A client paid late.");
        page.click("#team-" + teamId + " .team-comment-form button");
        assertThat(page.locator("#team-" + teamId + " .team-comment")).hasText(fr ? "Un client a payé en retard." : "A client paid late.");
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("budgets-teams-" + lang);

        // the journal lines behind the evaluation's web development line
        page.navigate(url("/budgets/" + id + "?from=" + y + "-09-01&to=" + y + "-11-30"));
        page.locator("[id='line-4001/WEBDEV'] td.num a").first().click();
        assertThat(page.locator("#line-postings tbody tr")).hasCount(1);
        assertThat(page.locator("#line-total")).containsText(fr ? "5 000,00" : "5,000.00");
        assertThat(page.locator("main")).not().containsText("??");

        // the forecast week by week: September and October, 61 days, are nine periods
        page.navigate(url("/budgets/cash-flow?from=" + y + "-09-01&months=2&by=week"));
        assertThat(page.locator("#cash-flow-weeks tbody tr")).hasCount(9);
        assertThat(page.locator("#cash-flow-weeks-csv")).hasAttribute("href", "/api/v1/budgets/cash-flow/weeks/csv?from=" + y + "-09-01&months=2");
        assertThat(page.locator("#cash-flow-weeks-pdf")).hasCount(1);
        assertThat(page.locator("main")).not().containsText("??");

        // year by year: full-time equivalents, salaried and freelance shares, net value and profit, each with its table
        page.navigate(url("/budgets/analyses?lastYear=" + fy + "&years=2"));
        assertThat(page.locator("#fte-chart svg")).hasCount(1);
        assertThat(page.locator("#labour-chart svg")).hasCount(1);
        assertThat(page.locator("#hours-chart svg")).hasCount(1);
        assertThat(page.locator("#hours-" + fy)).hasCount(1);
        assertThat(page.locator("main")).containsText(fr ? "Heures selon l" : "Hours by engagement");
        assertThat(page.locator("#net-chart svg")).hasCount(1);
        assertThat(page.locator("#net-" + fy)).containsText(fr ? "5 000,00" : "5,000.00");
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("budgets-analyses-" + lang);

        page.navigate(url("/budgets/public"));
        assertThat(page.locator("h1")).hasText(fr ? "Budgets publics" : "Public budgets");
    }

    static void post(Api api, String date, String debit, String credit, String amount) {
        var r = api.post("/api/v1/journal-entries", """
                {"date":"%s","description":"browser","lines":[{"account":"%s","side":"DEBIT","amount":"%s"},
                {"account":"%s","side":"CREDIT","amount":"%s"}]}""".formatted(date, debit, amount, credit, amount));
        if (r.status() != 201) throw new IllegalStateException(r.body());
    }
}
