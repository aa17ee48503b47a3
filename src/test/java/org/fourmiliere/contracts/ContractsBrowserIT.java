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
        page.fill("#opp-customer", customer.json().get("id").asString());
        page.selectOption("#opp-service", "WEB_DEVELOPMENT");
        page.fill("#opp-amount", "2000");
        page.fill("#opp-chance", "40");
        page.click("#opp-create");
        assertThat(page.locator("#page-notice")).hasText(fr ? "Demande enregistrée." : "Request recorded.");
        Locator card = page.locator(".opportunity-card").filter(new Locator.FilterOptions().setHasText(title));
        String id = card.getAttribute("data-id");
        assertThat(page.locator("#stage-REQUEST #opp-" + id)).isVisible();
        assertThat(page.locator("#opp-" + id + " .weighted")).containsText("800.00");

        // drag the card to the triage column: htmx moves it and swaps the board
        page.locator("#opp-" + id + " strong").dragTo(page.locator("#stage-TRIAGE h2"));
        assertThat(page.locator("#stage-TRIAGE #opp-" + id)).isVisible();
        screenshot("contracts-board-" + lang);
        for (String stage : new String[] {"ANALYSIS", "QUOTE_SENT", "WON"}) {
            page.selectOption("#move-" + id, stage);
            page.click("#move-submit-" + id);
            assertThat(page.locator("#stage-" + stage + " #opp-" + id)).isVisible();
        }

        page.fill("#hourly-" + id, "80");
        page.click("#make-contract-" + id);
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
}
