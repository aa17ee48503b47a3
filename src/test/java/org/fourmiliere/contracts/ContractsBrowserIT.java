package org.fourmiliere.contracts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.Clock;
import java.time.LocalDate;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A worker who also keeps the books takes a request through the pipeline board to won (dragging its card, then with
 * the card's form), makes the contract, hours are worked on its activity, and the draft invoice of the month is
 * issued; in French and English.
 */
class ContractsBrowserIT extends BrowserTest {

    @Autowired People people;
    @Autowired Clock clock;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void fromRequestToWonToContractToInvoice(String lang) {
        boolean fr = lang.equals("fr");
        Person me = people.workerWithAccount("Vendeuse", lang);
        Api admin = new Api(port).basic(ADMIN_EMAIL, ADMIN_PASSWORD);
        var holder = admin.post("/api/v1/roles/accounting/holders", "{\"personId\":" + me.id() + "}");
        if (holder.status() != 201) throw new IllegalStateException(holder.body());
        var customer = admin.post("/api/v1/customers", """
                {"name":"%s","kind":"NON_PROFIT","province":"QC","language":"%s"}""".formatted(People.unique("CMAQ"), lang));
        if (customer.status() != 201) throw new IllegalStateException(customer.body());
        String title = People.unique(fr ? "Site du centre" : "Centre site");
        signIn(me.email(), me.password());

        page.navigate(url("/contracts/board"));
        assertThat(page.locator("h1")).hasText(fr ? "Occasions (pipeline)" : "Opportunities (pipeline)");
        assertThat(page.locator("main")).not().containsText("??");
        page.click("#new-opportunity summary");
        page.fill("#opp-title", title);
        // the client picked among the customers of sales
        page.selectOption("#opp-customer", customer.json().get("id").asString());
        page.selectOption("#opp-service", "WEB_DEVELOPMENT");
        page.fill("#opp-amount", "2000");
        page.fill("#opp-chance", "40");
        page.click("#opp-create");
        assertThat(page.locator("#page-notice")).hasText(fr ? "Demande enregistrée." : "Request recorded.");
        Locator card = page.locator(".opportunity-card").filter(new Locator.FilterOptions().setHasText(title));
        String id = card.getAttribute("data-id");
        assertThat(page.locator("#stage-REQUEST #opp-" + id)).isVisible();
        assertThat(page.locator("#opp-" + id + " .weighted")).containsText("800.00");
        assertThat(page.locator("#opp-" + id + " form")).hasCount(0); // a lean card: no form of its own

        // drag the card to the triage column: htmx moves it and swaps the board
        page.locator("#opp-" + id + " strong").dragTo(page.locator("#stage-TRIAGE h2"));
        assertThat(page.locator("#stage-TRIAGE #opp-" + id)).isVisible();
        screenshot("contracts-board-" + lang);
        // the card opens the opportunity's page, whose form moves it too (the way without dragging)
        page.click("#opp-" + id);
        assertThat(page.locator("#opportunity-client")).hasText(customer.json().get("name").asString());
        for (String stage : new String[] {"ANALYSIS", "QUOTE_SENT", "WON"}) {
            page.selectOption("#move-stage", stage);
            page.click("#move-submit");
            assertThat(page.locator("#page-notice")).hasText(fr ? "Étape changée." : "Stage changed.");
        }
        assertThat(page.locator("#opportunity-stage")).hasText(fr ? "Gagnée" : "Won");
        assertThat(page.locator("#history tr")).hasCount(5);
        page.navigate(url("/contracts/board"));
        assertThat(page.locator("#stage-WON #opp-" + id)).isVisible();
        page.click("#opp-" + id);

        // the customer is the opportunity's, picked already
        assertThat(page.locator("#contract-customer")).hasValue(customer.json().get("id").asString());
        page.fill("#contract-hourly-input", "80");
        page.click("#make-contract");
        assertThat(page.locator("#page-notice")).containsText(fr ? "Contrat créé" : "Contract created");
        String code = page.locator("#contract-activity").textContent().trim();

        // hours worked on the contract's activity
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.ZONE));
        var hours = new Api(port).basic(me.email(), me.password()).post("/api/v1/time-entries",
                "{\"activity\":\"%s\",\"day\":\"%s\",\"minutes\":120}".formatted(code, today));
        if (hours.status() != 201) throw new IllegalStateException(hours.body());
        page.reload();
        assertThat(page.locator("#contract-budget")).containsText("2");

        page.fill("#draft-from", today.withDayOfMonth(1).toString());
        page.fill("#draft-to", today.toString());
        page.click("#draft-show");
        assertThat(page.locator("#draft-lines")).containsText(code);
        assertThat(page.locator("#draft-total")).hasText("183.96");
        screenshot("contracts-draft-" + lang);
        page.click("#draft-issue");
        assertThat(page.locator("#page-notice")).hasText(fr ? "Facture émise : les heures sont facturées." : "Invoice issued: the hours are billed.");
        assertThat(page.locator("#issued")).containsText("F-");
        page.fill("#draft-from", today.withDayOfMonth(1).toString());
        page.fill("#draft-to", today.toString());
        page.click("#draft-show");
        assertThat(page.locator("#draft-empty")).isVisible();
        assertThat(page.locator("main")).not().containsText("??");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void ratesAndPartnerAgreementsFromTheirForms(String lang) {
        boolean fr = lang.equals("fr");
        Person me = people.workerWithAccount("Tarifs", lang);
        Api admin = new Api(port).basic(ADMIN_EMAIL, ADMIN_PASSWORD);
        var holder = admin.post("/api/v1/roles/accounting/holders", "{\"personId\":" + me.id() + "}");
        if (holder.status() != 201) throw new IllegalStateException(holder.body());
        Person partner = people.person("Partenaire");
        int y = org.fourmiliere.support.Years.fresh();
        signIn(me.email(), me.password());

        page.navigate(url("/contracts/rates"));
        assertThat(page.locator("h1")).hasText(fr ? "Grille de taux" : "Rate grid");
        page.click("#rate-new summary");
        page.selectOption("#rate-service", "TRAINING");
        page.selectOption("#rate-kind", "INDIVIDUAL");
        page.fill("#rate-from", y + "-01-01");
        page.fill("#rate-hourly", "57.25");
        page.click("#rate-save");
        assertThat(page.locator("#page-notice")).hasText(fr ? "Taux enregistré : il s'applique à partir de sa date." : "Rate saved: it applies from its day on.");
        assertThat(page.locator("#rates")).containsText("57.25");
        var rates = admin.get("/api/v1/rates?on=" + y + "-06-01");
        if (!rates.body().contains("\"hourly\":\"57.25\"")) throw new IllegalStateException(rates.body());

        String name = People.unique(fr ? "Accord" : "Agreement");
        page.click("#partner-new summary");
        page.fill("#partner-name", name);
        page.fill("#partner-person", String.valueOf(partner.id()));
        page.fill("#partner-hourly", "50");
        page.fill("#partner-discount", "10");
        page.fill("#partner-from", y + "-01-01");
        page.click("#partner-save");
        // a rate and a discount at once: refused, in the reader's language
        assertThat(page.locator("#page-error")).hasText(fr ? "Un accord donne soit un taux préférentiel, soit un rabais, pas les deux."
                : "An agreement gives either a preferential rate or a discount, not both.");
        page.click("#partner-new summary");
        page.fill("#partner-name", name);
        page.fill("#partner-person", String.valueOf(partner.id()));
        page.fill("#partner-discount", "15");
        page.selectOption("#partner-service", "DESIGN");
        page.fill("#partner-from", y + "-01-01");
        page.fill("#partner-until", (y + 1) + "-01-01");
        page.click("#partner-save");
        assertThat(page.locator("#page-notice")).hasText(fr ? "Accord de partenariat enregistré." : "Partner agreement saved.");
        Locator row = page.locator("#partners tr").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row).containsText("15");
        assertThat(row).containsText("Design");
        screenshot("contracts-rates-" + lang);
        assertThat(page.locator("main")).not().containsText("??");
    }
}
