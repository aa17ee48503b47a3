package org.fourmiliere.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.PageSession;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A ticket's due date, tags, links and custom fields per queue, over HTTP on the real database: each change in the
 * ticket's history; tags normalised and filtered by; a ticket past its due date in the overdue list; fields defined by
 * an administrator, their values checked by kind (400 naming the field, in the reader's language), required fields
 * kept filled, values kept when the ticket moves to another queue; the links form of the ticket's page.
 */
@IntegrationTest
class RequestsFieldsIT {

    @Autowired People people;
    @LocalServerPort int port;

    Api admin() {
        return new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD);
    }

    Api as(Person p) {
        return new Api(port).basic(p.email(), p.password());
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static long open(Api staff, String queue, String requester, String subject) {
        var r = staff.post("/api/v1/tickets", "{\"email\":\"" + requester + "\",\"subject\":\"" + subject
                + "\",\"text\":\"Bonjour\",\"queue\":\"" + queue + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** A new queue with fields, each given as its JSON definition. */
    String queueWithFields(String... fields) {
        String code = unique("q");
        var q = admin().post("/api/v1/queues", "{\"code\":\"" + code + "\",\"nameFr\":\"File " + code + "\",\"nameEn\":\"Queue " + code + "\"}");
        assertThat(q.status()).as(q.body()).isEqualTo(201);
        for (String f : fields) {
            var r = admin().post("/api/v1/queues/" + code + "/fields", f);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        return code;
    }

    /** The ticket's changes as {@code action field: before → after}. */
    static List<String> history(Api staff, long id) {
        List<String> out = new ArrayList<>();
        for (JsonNode h : staff.get("/api/v1/tickets/" + id).json().get("history")) {
            out.add(h.get("action").asString() + " " + text(h.get("field")) + ": " + text(h.get("before")) + " → " + text(h.get("after")));
        }
        return out;
    }

    static String text(JsonNode n) {
        return n == null || n.isNull() ? "-" : n.asString();
    }

    /** The ticket's custom fields as {@code code=value (queue, in queue or kept)}. */
    static List<String> fields(Api staff, long id) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : staff.get("/api/v1/tickets/" + id).json().get("fields")) {
            out.add(f.get("code").asString() + "=" + text(f.get("value")) + " (" + f.get("queue").asString() + ", "
                    + (f.get("inQueue").asBoolean() ? "in queue" : "kept") + ")");
        }
        return out;
    }

    @Test
    void theDueDateIsSetChangedAndRemovedInTheHistoryAndAPastOneIsOnTheOverdueList() {
        Person worker = people.workerWithAccount("Agent");
        Api staff = as(worker);
        String subject = unique("Échéance");
        long id = open(staff, "support", RequestsIT.address("client"), subject);

        var set = staff.post("/api/v1/tickets/" + id + "/due-date", "{\"dueOn\":\"2031-01-15\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("dueOn").asString()).isEqualTo("2031-01-15");
        assertThat(set.json().get("pastDue").asBoolean()).isFalse();
        // the test clock is on 12 June 2030: the first of June is past
        var past = staff.post("/api/v1/tickets/" + id + "/due-date", "{\"dueOn\":\"2001-06-01\"}");
        assertThat(past.json().get("pastDue").asBoolean()).isTrue();
        PageSession pages = PageSession.signIn(port, worker.email(), worker.password());
        String home = pages.get("/requests?lang=en").text();
        assertThat(home.substring(home.indexOf("id=\"overdue\""))).contains(subject).contains("past-due");

        for (String bad : new String[] {"{\"dueOn\":\"2030-02-30\"}", "{\"dueOn\":\"15/06/2030\"}", "{\"dueOn\":\"1850-01-01\"}"}) {
            var r = staff.post("/api/v1/tickets/" + id + "/due-date", bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.body()).as(bad).contains("dueOn");
        }
        assertThat(staff.language("fr").post("/api/v1/tickets/" + id + "/due-date", "{\"dueOn\":\"1850-01-01\"}").body())
                .contains("Donnez une date valide");
        assertThat(staff.language("en").post("/api/v1/tickets/" + id + "/due-date", "{\"dueOn\":\"1850-01-01\"}").body())
                .contains("Give a valid date");

        var removed = staff.post("/api/v1/tickets/" + id + "/due-date", "{\"dueOn\":null}");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().has("dueOn")).as("no due date").isFalse();
        assertThat(history(staff, id)).containsSubsequence("due-date due_on: - → 2031-01-15",
                "due-date due_on: 2031-01-15 → 2001-06-01", "due-date due_on: 2001-06-01 → -");
        assertThat(history(staff, id).stream().filter(h -> h.startsWith("due-date"))).hasSize(3);
        // only workers set it
        Person client = people.withAccount("Client");
        assertThat(as(client).post("/api/v1/tickets/" + id + "/due-date", "{\"dueOn\":null}").status()).isEqualTo(403);
    }

    @Test
    void tagsAreNormalisedFilteredByAndRefusedNamingTheField() {
        Person worker = people.workerWithAccount("Agent");
        Api staff = as(worker);
        String tag = unique("tag");
        String subject = unique("Étiquettes");
        long tagged = open(staff, "support", RequestsIT.address("client"), subject);
        String otherSubject = unique("Sans");
        long other = open(staff, "support", RequestsIT.address("client"), otherSubject);

        var r = staff.post("/api/v1/tickets/" + tagged + "/tags", "{\"tags\":[\" " + tag.toUpperCase() + " \",\"Drupal\",\"" + tag + "\",\"\"]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("tags").toString()).isEqualTo("[\"" + tag + "\",\"drupal\"]");
        assertThat(history(staff, tagged)).contains("tags tags: - → " + tag + " drupal");

        assertThat(ids(staff.get("/api/v1/tickets?tag=" + tag.toUpperCase()))).containsExactly(tagged);
        assertThat(ids(staff.get("/api/v1/tickets?queue=support&tag=" + tag + "&q=" + subject.substring(subject.indexOf('-') + 1))))
                .containsExactly(tagged);
        assertThat(ids(staff.get("/api/v1/tickets?tag=" + tag.replace('-', '_')))).as("_ is no wildcard").isEmpty();
        assertThat(ids(staff.get("/api/v1/tickets?tag=" + tag.substring(0, tag.length() - 1)))).as("whole tags only").isEmpty();
        var badFilter = staff.get("/api/v1/tickets?tag=a%20b");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.body()).contains("\"tag\"");
        // the queue's page filters by tag
        PageSession pages = PageSession.signIn(port, worker.email(), worker.password());
        String page = pages.get("/requests/queues/support?status=ALL&tag=" + tag).text();
        assertThat(page).contains(subject).doesNotContain(otherSubject);

        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) many.add("\"t" + i + "\"");
        for (String bad : new String[] {"{\"tags\":[" + String.join(",", many) + "]}", "{\"tags\":[\"deux mots\"]}",
                "{\"tags\":[\"" + "x".repeat(41) + "\"]}", "{\"tags\":null}", "{\"tags\":[{\"nested\":1}]}", "{}"}) {
            var refused = staff.post("/api/v1/tickets/" + other + "/tags", bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).contains("tags");
        }
        assertThat(staff.language("fr").post("/api/v1/tickets/" + other + "/tags", "{\"tags\":[\"deux mots\"]}").body())
                .contains("ne peut avoir que des lettres");
        assertThat(history(staff, other).stream().filter(h -> h.startsWith("tags"))).isEmpty();

        var cleared = staff.post("/api/v1/tickets/" + tagged + "/tags", "{\"tags\":[]}");
        assertThat(cleared.json().get("tags").size()).isZero();
        assertThat(history(staff, tagged)).contains("tags tags: " + tag + " drupal → -");
    }

    @Test
    void customFieldsAreDefinedByAnAdministratorAndTheirValuesCheckedByKindInTheHistoryAndTheJson() {
        String queue = queueWithFields(
                "{\"code\":\"site\",\"labelFr\":\"Site concerné\",\"labelEn\":\"Site concerned\",\"kind\":\"TEXT\"}",
                "{\"code\":\"budget\",\"labelFr\":\"Enveloppe\",\"labelEn\":\"Budget\",\"kind\":\"NUMBER\"}",
                "{\"code\":\"deadline\",\"labelFr\":\"Date butoir\",\"labelEn\":\"Deadline\",\"kind\":\"DATE\"}",
                "{\"code\":\"plan\",\"labelFr\":\"Offre\",\"labelEn\":\"Plan\",\"kind\":\"CHOICE\",\"choices\":[\"shared\",\"VPS\"],\"required\":true}");
        Person worker = people.workerWithAccount("Agent");
        Api staff = as(worker);

        // the definitions
        var defined = staff.get("/api/v1/queues/" + queue + "/fields");
        assertThat(defined.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        defined.json().forEach(f -> codes.add(f.get("code").asString() + ":" + f.get("kind").asString()));
        assertThat(codes).containsExactly("site:TEXT", "budget:NUMBER", "deadline:DATE", "plan:CHOICE");
        assertThat(defined.body()).contains("\"choices\":[\"shared\",\"VPS\"]").contains("\"required\":true");
        String path = "/api/v1/queues/" + queue + "/fields";
        var taken = admin().post(path, "{\"code\":\"site\",\"labelFr\":\"a\",\"labelEn\":\"b\",\"kind\":\"TEXT\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("code");
        String[][] badDefinitions = {
                {"{\"code\":\"colour\",\"labelFr\":\"a\",\"labelEn\":\"b\",\"kind\":\"COLOUR\"}", "kind"},
                {"{\"code\":\"colour\",\"labelFr\":\"a\",\"labelEn\":\"b\",\"kind\":\"CHOICE\"}", "choices"},
                {"{\"code\":\"colour\",\"labelFr\":\"a\",\"labelEn\":\"b\",\"kind\":\"TEXT\",\"choices\":[\"x\"]}", "choices"},
                {"{\"code\":\"Colour!\",\"labelFr\":\"a\",\"labelEn\":\"b\",\"kind\":\"TEXT\"}", "code"},
                {"{\"code\":\"colour\",\"labelEn\":\"b\",\"kind\":\"TEXT\"}", "labelFr"}};
        for (String[] bad : badDefinitions) {
            var r = admin().post(path, bad[0]);
            assertThat(r.status()).as(bad[0]).isEqualTo(400);
            assertThat(r.body()).as(bad[0]).contains(bad[1]);
        }
        assertThat(staff.post(path, "{\"code\":\"colour\",\"labelFr\":\"a\",\"labelEn\":\"b\",\"kind\":\"TEXT\"}").status())
                .as("workers do not define fields").isEqualTo(403);
        assertThat(admin().post("/api/v1/queues/no-such-queue/fields", "{\"code\":\"colour\",\"labelFr\":\"a\",\"labelEn\":\"b\",\"kind\":\"TEXT\"}")
                .status()).isEqualTo(404);
        assertThat(staff.get(path).json().size()).as("nothing refused was defined").isEqualTo(4);

        // the values of a ticket
        Person client = people.withAccount("Client");
        long id = open(staff, queue, client.email(), "Champs");
        assertThat(fields(staff, id)).containsExactly("site=- (" + queue + ", in queue)", "budget=- (" + queue + ", in queue)",
                "deadline=- (" + queue + ", in queue)", "plan=- (" + queue + ", in queue)");
        var missingRequired = staff.language("fr").post("/api/v1/tickets/" + id + "/fields", "{\"site\":\"exemple.org\"}");
        assertThat(missingRequired.status()).isEqualTo(400);
        assertThat(missingRequired.body()).contains("\"plan\"").contains("Le champ « Offre » est obligatoire");
        var set = staff.post("/api/v1/tickets/" + id + "/fields",
                "{\"site\":\" exemple.org \",\"budget\":\"12,50\",\"deadline\":\"2030-07-01\",\"plan\":\"vps\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(fields(staff, id)).containsExactly("site=exemple.org (" + queue + ", in queue)",
                "budget=12.5 (" + queue + ", in queue)", "deadline=2030-07-01 (" + queue + ", in queue)",
                "plan=VPS (" + queue + ", in queue)");
        assertThat(set.json().get("fields").get(0).get("labelEn").asString()).isEqualTo("Site concerned");

        String[][] badValues = {{"budget", "\"douze\"", "Budget", "Enveloppe"}, {"deadline", "\"2030-02-30\"", "Deadline", "Date butoir"},
                {"plan", "\"dedicated\"", "Plan", "Offre"}, {"plan", "\"\"", "Plan", "Offre"}, {"colour", "\"red\"", "colour", "colour"},
                {"budget", "{\"nested\":1}", "budget", "budget"}};
        for (String[] bad : badValues) {
            String body = "{\"site\":\"autre.org\",\"" + bad[0] + "\":" + bad[1] + "}";
            var en = staff.language("en").post("/api/v1/tickets/" + id + "/fields", body);
            assertThat(en.status()).as(body).isEqualTo(400);
            assertThat(en.body()).as(body).contains("\"" + bad[0] + "\"").contains(bad[2]);
            var fr = staff.language("fr").post("/api/v1/tickets/" + id + "/fields", body);
            assertThat(fr.body()).as(body).contains(bad[3]);
        }
        assertThat(fields(staff, id)).as("nothing written by a refused change").contains("site=exemple.org (" + queue + ", in queue)");

        var cleared = staff.post("/api/v1/tickets/" + id + "/fields", "{\"site\":\"\",\"budget\":null}");
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(fields(staff, id)).contains("site=- (" + queue + ", in queue)", "budget=- (" + queue + ", in queue)");
        assertThat(history(staff, id)).containsSubsequence("field site: - → exemple.org", "field budget: - → 12.5",
                "field deadline: - → 2030-07-01", "field plan: - → VPS", "field site: exemple.org → -", "field budget: 12.5 → -");
        assertThat(history(staff, id).stream().filter(h -> h.startsWith("field"))).hasSize(6);

        // the requester sees their ticket without its fields; nobody else sets them
        var own = as(client).get("/api/v1/tickets/" + id);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("fields").size()).isZero();
        assertThat(as(client).post("/api/v1/tickets/" + id + "/fields", "{\"site\":\"x\"}").status()).isEqualTo(403);
        assertThat(staff.post("/api/v1/tickets/999999999/fields", "{}").status()).isEqualTo(404);
    }

    @Test
    void movingATicketKeepsItsValuesShownAsKeptAndTheNewQueuesFieldsStartEmpty() {
        String first = queueWithFields("{\"code\":\"site\",\"labelFr\":\"Site\",\"labelEn\":\"Site\",\"kind\":\"TEXT\"}",
                "{\"code\":\"hosting\",\"labelFr\":\"Hébergement\",\"labelEn\":\"Hosting\",\"kind\":\"CHOICE\",\"choices\":[\"shared\",\"vps\"]}");
        String second = queueWithFields("{\"code\":\"site\",\"labelFr\":\"Site\",\"labelEn\":\"Site\",\"kind\":\"TEXT\"}");
        Person worker = people.workerWithAccount("Agent");
        Api staff = as(worker);
        long id = open(staff, first, RequestsIT.address("client"), "Déménagement");
        assertThat(staff.post("/api/v1/tickets/" + id + "/fields", "{\"site\":\"a.example.org\",\"hosting\":\"vps\"}").status()).isEqualTo(200);

        var moved = staff.post("/api/v1/tickets/" + id + "/queue", "{\"queue\":\"" + second + "\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(fields(staff, id)).containsExactly("site=- (" + second + ", in queue)", "site=a.example.org (" + first + ", kept)",
                "hosting=vps (" + first + ", kept)");
        // a kept value is not changed any more: the code is the new queue's field, or none
        assertThat(staff.post("/api/v1/tickets/" + id + "/fields", "{\"site\":\"b.example.org\"}").status()).isEqualTo(200);
        var kept = staff.post("/api/v1/tickets/" + id + "/fields", "{\"hosting\":\"shared\"}");
        assertThat(kept.status()).isEqualTo(400);
        assertThat(kept.body()).contains("\"hosting\"");
        assertThat(fields(staff, id)).containsExactly("site=b.example.org (" + second + ", in queue)",
                "site=a.example.org (" + first + ", kept)", "hosting=vps (" + first + ", kept)");
        PageSession pages = PageSession.signIn(port, worker.email(), worker.password());
        assertThat(pages.get("/requests/tickets/" + id + "?lang=en").text()).contains("(kept from the queue " + first + ")")
                .contains("a.example.org").contains("b.example.org");

        // back in the first queue, its values are its own again
        staff.post("/api/v1/tickets/" + id + "/queue", "{\"queue\":\"" + first + "\"}");
        assertThat(fields(staff, id)).containsExactly("site=a.example.org (" + first + ", in queue)",
                "hosting=vps (" + first + ", in queue)", "site=b.example.org (" + second + ", kept)");
        assertThat(history(staff, id)).containsSubsequence("field site: - → a.example.org", "queue queue: " + first + " → " + second,
                "field site: - → b.example.org", "queue queue: " + second + " → " + first);
    }

    @Test
    void theLinksFormOfTheTicketsPageLinksToAnotherTicketAndRefusesItself() {
        Person worker = people.workerWithAccount("Agent");
        Api staff = as(worker);
        long a = open(staff, "support", RequestsIT.address("client"), "Migration");
        long b = open(staff, "support", RequestsIT.address("client"), "Nouveau serveur");
        PageSession pages = PageSession.signIn(port, worker.email(), worker.password());
        String from = "/requests/tickets/" + a;
        var linked = pages.post(from, from + "/links", "kind=DEPENDS_ON&otherId=" + b);
        assertThat(linked.status()).isEqualTo(302);
        assertThat(linked.body()).endsWith(from);
        pages.post(from, from + "/links", "kind=REFERS_TO&otherId=%23" + b);
        pages.post(from, from + "/links", "kind=DEPENDS_ON&otherId=" + b);
        assertThat(pages.post(from, from + "/links", "kind=DEPENDS_ON&otherId=" + a).status()).isEqualTo(302);
        pages.post(from, from + "/links", "kind=MERGED_INTO&otherId=" + b);
        pages.post(from, from + "/links", "kind=DEPENDS_ON&otherId=abc");
        JsonNode links = staff.get("/api/v1/tickets/" + a).json().get("links");
        assertThat(links.toString()).isEqualTo("[{\"kind\":\"DEPENDS_ON\",\"otherId\":" + b + "},{\"kind\":\"REFERS_TO\",\"otherId\":" + b + "}]");
        assertThat(history(staff, a).stream().filter(h -> h.startsWith("link"))).containsExactly(
                "link DEPENDS_ON: - → " + b, "link REFERS_TO: - → " + b);
        String page = pages.get(from + "?lang=fr").text();
        assertThat(page).contains("Dépend de").contains("Fait référence à").contains("/requests/tickets/" + b);
        var self = staff.post("/api/v1/tickets/" + a + "/links", "{\"kind\":\"REFERS_TO\",\"otherId\":" + a + "}");
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.body()).contains("otherId");
    }

    @Test
    void theNewOperationsAreInTheOpenApiDocument() {
        JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");
        for (String path : List.of("/api/v1/tickets/{id}/due-date", "/api/v1/tickets/{id}/tags", "/api/v1/tickets/{id}/fields",
                "/api/v1/queues/{code}/fields")) {
            assertThat(paths.has(path)).as(path).isTrue();
            assertThat(paths.get(path).toString()).as(path).contains("summary");
        }
        assertThat(paths.get("/api/v1/queues/{code}/fields").has("get")).isTrue();
        assertThat(paths.get("/api/v1/tickets").toString()).contains("\"tag\"");
    }

    static List<Long> ids(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> out = new ArrayList<>();
        for (JsonNode n : r.json()) out.add(n.get("id").asLong());
        return out;
    }
}
