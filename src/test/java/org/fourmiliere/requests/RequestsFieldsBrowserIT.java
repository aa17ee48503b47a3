package org.fourmiliere.requests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a ticket's page, a worker sets a due date and tags, links the ticket to another, fills the queue's custom fields
 * (a text and a choice), sees them shown, and finds the ticket by its tag on the queue's page; a bad number is refused
 * with the field's label; in French and English, without a script (plain forms).
 */
class RequestsFieldsBrowserIT extends BrowserTest {

    @Autowired People people;
    @Autowired JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void dueDateTagsLinkAndCustomFieldsOnTheTicketsPage(String lang) {
        boolean fr = lang.equals("fr");
        Api admin = new Api(port).basic(ADMIN_EMAIL, ADMIN_PASSWORD);
        String queue = "web-" + UUID.randomUUID().toString().substring(0, 6);
        org.assertj.core.api.Assertions.assertThat(admin.post("/api/v1/queues",
                "{\"code\":\"" + queue + "\",\"nameFr\":\"Web " + queue + "\",\"nameEn\":\"Web " + queue + "\"}").status()).isEqualTo(201);
        for (String f : new String[] {
                "{\"code\":\"site\",\"labelFr\":\"Site concerné\",\"labelEn\":\"Site concerned\",\"kind\":\"TEXT\"}",
                "{\"code\":\"hosting\",\"labelFr\":\"Hébergement\",\"labelEn\":\"Hosting\",\"kind\":\"CHOICE\",\"choices\":[\"mutualisé\",\"VPS\"]}",
                "{\"code\":\"pages\",\"labelFr\":\"Nombre de pages\",\"labelEn\":\"Number of pages\",\"kind\":\"NUMBER\"}"}) {
            org.assertj.core.api.Assertions.assertThat(admin.post("/api/v1/queues/" + queue + "/fields", f).status()).isEqualTo(201);
        }
        Person worker = people.workerWithAccount("Agent");
        jdbc.sql("UPDATE account SET language = :l WHERE email = :e").param("l", lang).param("e", worker.email()).update();
        Api staff = new Api(port).basic(worker.email(), worker.password());
        long id = RequestsFieldsIT.open(staff, queue, RequestsIT.address("browser-" + lang), fr ? "Refonte du site" : "Site redesign");
        long other = RequestsFieldsIT.open(staff, queue, RequestsIT.address("browser-" + lang), fr ? "Nouveau gabarit" : "New theme");

        signIn(worker.email(), worker.password());
        page.navigate(url("/requests/tickets/" + id));
        assertThat(page.locator("#ticket-due")).hasText(fr ? "Aucune" : "None");
        assertThat(page.locator("#fields-form")).containsText(fr ? "Site concerné" : "Site concerned");

        // the due date
        page.fill("#due-on", "2030-07-02");
        page.click("#set-due");
        assertThat(page.locator("#notice")).isVisible();
        assertThat(page.locator("#due-on")).hasValue("2030-07-02");
        assertThat(page.locator("#ticket-due")).containsText("2030");

        // the tags, given as one text
        page.fill("#tags-input", "Urgent, Drupal urgent");
        page.click("#set-tags");
        assertThat(page.locator("#ticket-tags .ticket-tag")).hasText(new String[] {"urgent", "drupal"});
        assertThat(page.locator("#tags-input")).hasValue("urgent, drupal");

        // a link to the other ticket
        page.selectOption("#link-kind", "DEPENDS_ON");
        page.fill("#link-other", String.valueOf(other));
        page.click("#add-link");
        assertThat(page.locator("#links")).containsText((fr ? "Dépend de" : "Depends on") + " #" + other);

        // the custom fields: a bad number is refused with its label, then the right values are shown
        page.fill("#field-site", "exemple.org");
        page.selectOption("#field-hosting", "VPS");
        page.fill("#field-pages", "douze");
        page.click("#save-fields");
        assertThat(page.locator("#error")).containsText(fr ? "« Nombre de pages » attend un nombre" : "\"Number of pages\" takes a number");
        assertThat(page.locator("#fields-shown")).not().containsText("exemple.org");
        page.fill("#field-site", "exemple.org");
        page.selectOption("#field-hosting", "VPS");
        page.fill("#field-pages", "12");
        page.click("#save-fields");
        assertThat(page.locator("#notice")).isVisible();
        assertThat(page.locator("#field-shown-site")).containsText("exemple.org");
        assertThat(page.locator("#field-shown-hosting")).containsText("VPS");
        assertThat(page.locator("#field-shown-pages")).containsText("12");
        assertThat(page.locator("#field-site")).hasValue("exemple.org");
        assertThat(page.locator("#history")).containsText("hosting");
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("requests-fields-" + lang);

        // the tag leads to the queue's tickets with that tag
        page.click("#ticket-tags .ticket-tag >> text=drupal");
        assertThat(page).hasURL(Pattern.compile(".*/requests/queues/" + queue + "\\?tag=drupal$"));
        assertThat(page.locator("#filter-tag")).hasValue("drupal");
        assertThat(page.locator("#tickets")).containsText(fr ? "Refonte du site" : "Site redesign");
        assertThat(page.locator("#tickets")).not().containsText(fr ? "Nouveau gabarit" : "New theme");
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("requests-tag-filter-" + lang);
    }
}
