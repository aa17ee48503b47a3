package org.fourmiliere.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.PageSession;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Saved searches (ADR 1006): a worker saves a queue's filters or the search page's words under a name, finds them as
 * links on /requests and on the queue's page, follows one to the same list, shares one with every worker, deletes
 * their own (never another's); a bad name or filter is said naming the field and nothing is saved; the same over the
 * API.
 */
@IntegrationTest
class RequestsSavedSearchIT {

    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    long savedBy(Person p) {
        return jdbc.sql("SELECT COUNT(*) FROM request_saved_search WHERE person_id = :p").param("p", p.id()).query(Long.class).single();
    }

    long idOf(Person p, String name) {
        return jdbc.sql("SELECT id FROM request_saved_search WHERE person_id = :p AND name = :n").param("p", p.id())
                .param("n", name).query(Long.class).single();
    }

    /** A ticket in support whose subject has {@code word}. */
    void ticketWith(String word) {
        String mid = "<" + UUID.randomUUID() + "@client.example>";
        var r = new Api(port).bearer(RequestsIT.TOKEN).send("POST", "/api/v1/mail/inbound",
                RequestsIT.raw(mid, RequestsIT.address("saved"), "Facture " + word, "Bonjour", ""), "message/rfc822", null);
        assertThat(r.status()).isEqualTo(202);
    }

    /** The path and query of a redirect's {@code Location}. */
    static String target(PageSession.Page redirect) {
        assertThat(redirect.status()).isEqualTo(302);
        URI u = URI.create(redirect.body());
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aWorkerSavesFiltersUnderANameFollowsTheLinkSharesAndDeletesTheirOwn() {
        Person ana = people.workerWithAccount("Ana");
        Person ben = people.workerWithAccount("Ben");
        String word = RequestsIT.word();
        ticketWith(word);
        PageSession a = PageSession.signIn(port, ana.email(), ana.password());

        var saved = a.post("/requests/queues/support", "/requests/saved-searches",
                "name=" + enc("Factures à suivre") + "&queue=support&q=" + word + "&status=ALL&unowned=false&shared=true");
        String link = "/requests/queues/support?status=ALL&q=" + word;
        assertThat(target(saved)).isEqualTo(link);
        var opened = a.get(link);
        assertThat(opened.text()).contains("La recherche « Factures à suivre » est enregistrée.").contains("Facture " + word);
        assertThat(savedBy(ana)).isEqualTo(1);

        // words alone, for the search page, kept to oneself
        var words = a.post("/requests/search?q=" + word, "/requests/saved-searches", "name=Privée&queue=&q=" + word
                + "&status=&unowned=false");
        assertThat(target(words)).isEqualTo("/requests/search?q=" + word);
        assertThat(a.get("/requests/search?q=" + word).text()).contains("Facture " + word);

        // listed as links on /requests, and on the queue's page those of the queue
        String home = a.get("/requests").text();
        assertThat(home).contains("Factures à suivre").contains("href=\"" + link + "\"")
                .contains("Privée").contains("href=\"/requests/search?q=" + word + "\"");
        assertThat(a.get("/requests/queues/support").text()).contains("Factures à suivre").doesNotContain("Privée");

        // another worker sees the shared one, with who shared it, not the other; cannot delete it
        PageSession b = PageSession.signIn(port, ben.email(), ben.password());
        String benHome = b.get("/requests").text();
        assertThat(benHome).contains("Factures à suivre").contains("partagée par " + ana.name()).doesNotContain("Privée");
        long shared = idOf(ana, "Factures à suivre");
        assertThat(target(b.post("/requests", "/requests/saved-searches/" + shared + "/delete", ""))).isEqualTo("/requests");
        assertThat(b.get("/requests").text()).contains("Recherche enregistrée inconnue");
        assertThat(savedBy(ana)).isEqualTo(2);

        // its owner deletes it
        assertThat(target(a.post("/requests", "/requests/saved-searches/" + shared + "/delete", ""))).isEqualTo("/requests");
        assertThat(a.get("/requests").text()).contains("La recherche est supprimée.").doesNotContain("Factures à suivre");
        assertThat(savedBy(ana)).isEqualTo(1);
    }

    @Test
    void aBadNameOrFilterIsSaidNamingTheFieldAndNothingIsSaved() {
        Person ana = people.workerWithAccount("Ana");
        PageSession a = PageSession.signIn(port, ana.email(), ana.password());
        String filters = "&queue=support&q=facture&status=OPEN&unowned=true";
        String back = "/requests/queues/support?status=OPEN&q=facture&unowned=true";

        // each refusal is said on the page the form was on (the redirect's target shows it), naming the field
        assertThat(refusal(a, "name=++" + filters, back)).contains("Le nom de la recherche est obligatoire.");
        assertThat(refusal(a, "name=" + "n".repeat(101) + filters, back)).contains("Le nom de la recherche a 100 caractères au plus.");
        assertThat(refusal(a, "name=x&queue=nowhere&q=facture", "/requests/search?q=facture"))
                .contains("La file de la recherche est inconnue.");
        assertThat(refusal(a, "name=x&queue=support&status=SOMETIMES", "/requests/queues/support?status=SOMETIMES"))
                .contains("Statut inconnu");
        assertThat(refusal(a, "name=x&q=a%07b", "/requests")).contains("Les mots de la recherche contiennent des caractères interdits.");
        assertThat(refusal(a, "name=x&status=OPEN&q=facture", "/requests/search?q=facture"))
                .contains("Un filtre de statut ou « sans responsable » demande une file.");
        assertThat(savedBy(ana)).isZero();

        assertThat(target(a.post("/requests/queues/support", "/requests/saved-searches", "name=Mine" + filters))).isEqualTo(back);
        assertThat(refusal(a, "name=Mine&queue=support", "/requests/queues/support"))
                .contains("Vous avez déjà une recherche nommée « Mine »");
        assertThat(savedBy(ana)).isEqualTo(1);
    }

    /** Posts a refused form: it leads back to {@code back}, whose text is returned. */
    static String refusal(PageSession session, String form, String back) {
        assertThat(target(session.post("/requests", "/requests/saved-searches", form))).isEqualTo(back);
        return session.get(back).text();
    }

    @Test
    void theApiListsSavesAndDeletesOnlyOnesOwn() {
        Person ana = people.workerWithAccount("Ana");
        Person ben = people.workerWithAccount("Ben");
        Api asAna = new Api(port).basic(ana.email(), ana.password()).language("en");
        Api asBen = new Api(port).basic(ben.email(), ben.password()).language("en");

        var created = asAna.post("/api/v1/saved-searches",
                "{\"name\": \"Unowned open\", \"queue\": \"support\", \"status\": \"OPEN\", \"unowned\": true, \"shared\": true}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode json = created.json();
        assertThat(json.get("link").asString()).isEqualTo("/requests/queues/support?status=OPEN&unowned=true");
        assertThat(json.get("mine").asBoolean()).isTrue();
        long id = json.get("id").asLong();
        var secret = asAna.post("/api/v1/saved-searches", "{\"name\": \"Mine only\", \"q\": \"été & hiver\"}");
        assertThat(secret.status()).isEqualTo(201);
        assertThat(secret.json().get("link").asString()).isEqualTo("/requests/search?q=%C3%A9t%C3%A9%20%26%20hiver");

        assertThat(asAna.get("/api/v1/saved-searches").body()).contains("Unowned open").contains("Mine only");
        String benSees = asBen.get("/api/v1/saved-searches").body();
        assertThat(benSees).contains("Unowned open").contains(ana.name()).doesNotContain("Mine only");

        var blank = asAna.post("/api/v1/saved-searches", "{\"name\": \" \", \"queue\": \"support\"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("\"name\"");
        var unknownQueue = asAna.post("/api/v1/saved-searches", "{\"name\": \"Elsewhere\", \"queue\": \"nowhere\"}");
        assertThat(unknownQueue.status()).isEqualTo(400);
        assertThat(unknownQueue.body()).contains("\"queue\"").contains("The queue of the search is unknown.");
        assertThat(asAna.post("/api/v1/saved-searches", "{\"name\": \"Unowned open\", \"queue\": \"support\"}").status())
                .isEqualTo(409);
        assertThat(savedBy(ana)).isEqualTo(2);

        assertThat(asBen.delete("/api/v1/saved-searches/" + id).status()).as("another's, even shared").isEqualTo(404);
        assertThat(asAna.delete("/api/v1/saved-searches/" + id).status()).isEqualTo(204);
        assertThat(asAna.get("/api/v1/saved-searches").body()).doesNotContain("Unowned open");
        assertThat(asAna.delete("/api/v1/saved-searches/" + id).status()).isEqualTo(404);
    }

    @Test
    void aQueuesTagFilterIsSavedWithItsOtherFiltersFromThePageAndTheApi() {
        Person ana = people.workerWithAccount("Ana");
        PageSession a = PageSession.signIn(port, ana.email(), ana.password());
        String page = "/requests/queues/support?tag=vip";
        assertThat(a.get(page).text()).contains("name=\"tag\" value=\"vip\"");

        var saved = a.post(page, "/requests/saved-searches", "name=VIP&queue=support&q=&status=&tag=VIP&unowned=true");
        assertThat(target(saved)).isEqualTo("/requests/queues/support?tag=vip&unowned=true");
        assertThat(a.get("/requests").text()).contains("href=\"/requests/queues/support?tag=vip&unowned=true\"");

        Api asAna = new Api(port).basic(ana.email(), ana.password()).language("en");
        var created = asAna.post("/api/v1/saved-searches", "{\"name\": \"Drupal\", \"queue\": \"support\", \"tag\": \"Drupal\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("tag").asString()).isEqualTo("drupal");
        assertThat(created.json().get("link").asString()).isEqualTo("/requests/queues/support?tag=drupal");
        var badTag = asAna.post("/api/v1/saved-searches", "{\"name\": \"Bad\", \"queue\": \"support\", \"tag\": \"two words\"}");
        assertThat(badTag.status()).isEqualTo(400);
        assertThat(badTag.body()).contains("\"tag\"");
        var noQueue = asAna.post("/api/v1/saved-searches", "{\"name\": \"Loose\", \"q\": \"facture\", \"tag\": \"vip\"}");
        assertThat(noQueue.status()).isEqualTo(400);
        assertThat(noQueue.body()).contains("\"queue\"");
        assertThat(savedBy(ana)).isEqualTo(2);
    }
}
