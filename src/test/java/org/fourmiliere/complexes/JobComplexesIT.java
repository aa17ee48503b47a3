package org.fourmiliere.complexes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fourmiliere.complexes.internal.ComplexesService;
import org.fourmiliere.complexes.internal.solver.AssignmentProblem.Ability;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.PageSession;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.TestClock;
import org.fourmiliere.support.Years;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Tasks, rating rounds, complexes and proposals over HTTP: the privacy of individual ratings against every route,
 * means only from closed rounds with enough raters, the complexes from the time tracker's hours, and the
 * acceptance of a proposal (holdings changed once, audited, permissions at once). Each test lives in a fresh year.
 */
@IntegrationTest
class JobComplexesIT {

    @LocalServerPort int port;
    @Autowired TestClock clock;
    @Autowired People people;
    @Autowired ComplexesService complexes;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    Api admin;
    int year;

    @BeforeEach
    void setUp() {
        admin = new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("en");
        year = Years.fresh();
        clock.set(LocalDate.of(year, 1, 10));
    }

    private long task(String role, String name, int budgetHours) {
        String code = "task-" + UUID.randomUUID().toString().substring(0, 8);
        var r = admin.post("/api/v1/tasks", """
                {"roleCode":"%s","code":"%s","nameFr":"%s (fr)","nameEn":"%s","budgetHours":%d,"budgetAmount":0,
                 "howto":"1. Open the mailbox"}""".formatted(role, code, name, name, budgetHours));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private String code(long taskId) {
        return admin.get("/api/v1/tasks/" + taskId).json().get("code").asString();
    }

    private long openRound() {
        return complexes.openRound(new OpenRound(LocalDate.of(year, 1, 20), null)).id();
    }

    private static Api as(int port, Person p) {
        return new Api(port).basic(p.email(), p.password()).language("en");
    }

    private static void rate(Api who, long round, long task, int d, int e, String comment) {
        var r = who.post("/api/v1/rating-rounds/" + round + "/ratings",
                "[{\"taskId\":%d,\"desirability\":%d,\"empowerment\":%d,\"comment\":\"%s\"}]".formatted(task, d, e, comment));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** Every GET route of the job complexes and the roles, API and pages, with its variables filled in. */
    private List<String> everyReadingRoute(long taskId, long roundId, long proposalId, long personId) {
        List<String> paths = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            String pkg = method.getBeanType().getPackageName();
            if (!pkg.startsWith("org.fourmiliere.complexes") && !pkg.startsWith("org.fourmiliere.roles")) return;
            var verbs = info.getMethodsCondition().getMethods();
            if (!verbs.isEmpty() && !verbs.contains(RequestMethod.GET)) return;
            for (String pattern : info.getPatternValues()) {
                String id = pattern.contains("/tasks/") ? String.valueOf(taskId)
                        : pattern.contains("rating-rounds/") ? String.valueOf(roundId) : String.valueOf(proposalId);
                String path = pattern.replace("{id}", id).replace("{code}", "secretariat")
                        .replace("{personId}", String.valueOf(personId));
                if (path.contains("job-complexes") || path.equals("/complexes")) {
                    path += "?from=" + year + "-01-01&to=" + year + "-03-31";
                }
                paths.add(path);
            }
        });
        assertThat(paths).contains("/api/v1/rating-rounds/" + roundId + "/my-ratings", "/complexes/rate",
                "/api/v1/tasks", "/api/v1/job-complexes?from=" + year + "-01-01&to=" + year + "-03-31");
        return paths;
    }

    @Test
    void nobodyElseReadsAPersonsRatings_notEvenAnAdministrator_onAnyRoute() {
        Person ada = people.workerWithAccount("Ada Rater");
        Person bob = people.workerWithAccount("Bob Other");
        long t = task("secretariat", "Sort the mail", 0);
        long round = openRound();
        String secret = "secret-" + UUID.randomUUID();
        rate(as(port, ada), round, t, 1, 5, secret);
        long proposal = admin.post("/api/v1/assignment-proposals",
                "{\"from\":\"%d-04-01\",\"to\":\"%d-07-01\"}".formatted(year, year)).json().get("id").asLong();

        // Ada reads her own rating and its comment: the marker is visible where it may be
        var own = as(port, ada).get("/api/v1/rating-rounds/" + round + "/my-ratings");
        assertThat(own.body()).contains(secret);
        assertThat(own.json().get(0).get("desirability").asInt()).isEqualTo(1);
        // Bob's "own ratings" are his, not Ada's
        assertThat(as(port, bob).get("/api/v1/rating-rounds/" + round + "/my-ratings").json().size()).isZero();

        List<String> routes = everyReadingRoute(t, round, proposal, ada.id());
        PageSession bobPages = PageSession.signIn(port, bob.email(), bob.password());
        PageSession adminPages = PageSession.signIn(port, BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD);
        for (int pass = 0; pass < 2; pass++) {
            for (String path : routes) {
                String bodyB = path.startsWith("/api/") ? as(port, bob).get(path).body() : bobPages.get(path).body();
                String bodyA = path.startsWith("/api/") ? admin.get(path).body() : adminPages.get(path).body();
                assertThat(bodyB).as("as another worker: " + path).doesNotContain(secret);
                assertThat(bodyA).as("as an administrator: " + path).doesNotContain(secret);
            }
            // open, then closed with one rater: the count is shown, never a mean that would be Ada's own rating
            JsonNode shown = null;
            for (JsonNode m : admin.get("/api/v1/rating-rounds/" + round).json().get("tasks")) {
                if (m.get("taskId").asLong() == t) shown = m;
            }
            assertThat(shown.get("raters").asInt()).isEqualTo(1);
            assertThat(shown.get("desirability") == null || shown.get("desirability").isNull()).isTrue();
            assertThat(shown.get("empowerment") == null || shown.get("empowerment").isNull()).isTrue();
            clock.set(LocalDate.of(year, 1, 21));
        }
    }

    @Test
    void meansFromAClosedRoundAndComplexesFromTheHoursOfTheTimeTracker() {
        Person a = people.workerWithAccount("Ann Worker"), b = people.workerWithAccount("Ben Worker"),
                c = people.workerWithAccount("Cy Worker");
        long dull = task("secretariat", "File the receipts", 0), bright = task("web-development", "Design a site", 0);
        long round = openRound();
        rate(as(port, a), round, dull, 1, 2, "");
        rate(as(port, b), round, dull, 2, 2, "");
        rate(as(port, c), round, dull, 3, 2, "");
        for (Person p : List.of(a, b, c)) rate(as(port, p), round, bright, 5, 4, "");
        // still open: no means
        assertThat(admin.get("/api/v1/rating-rounds/" + round).body()).doesNotContain("\"desirability\":2.00");
        // Ann's hours: 2 h of the dull task, 1 h of the bright one, in this year
        assertThat(as(port, a).post("/api/v1/time-entries", "{\"activity\":\"%s\",\"day\":\"%d-01-12\",\"minutes\":120}"
                .formatted(code(dull), year)).status()).isEqualTo(201);
        assertThat(as(port, a).post("/api/v1/time-entries", "{\"activity\":\"%s\",\"day\":\"%d-01-13\",\"minutes\":60}"
                .formatted(code(bright), year)).status()).isEqualTo(201);
        assertThat(as(port, b).post("/api/v1/time-entries", "{\"activity\":\"%s\",\"day\":\"%d-01-13\",\"minutes\":60}"
                .formatted(code(bright), year)).status()).isEqualTo(201);
        clock.set(LocalDate.of(year, 1, 25));

        JsonNode dullMeans = null;
        for (JsonNode m : admin.get("/api/v1/rating-rounds/" + round).json().get("tasks")) {
            if (m.get("taskId").asLong() == dull) dullMeans = m;
        }
        assertThat(dullMeans.get("raters").asInt()).isEqualTo(3);
        assertThat(dullMeans.get("desirability").decimalValue()).isEqualByComparingTo("2.00");
        // ratings 1, 2, 3: σ = sqrt(2/3) = 0.82 would give the three ratings back (ADR 0212): not shown
        assertThat(dullMeans.get("desirabilityDispersion") == null || dullMeans.get("desirabilityDispersion").isNull()).isTrue();
        assertThat(admin.get("/api/v1/rating-rounds/" + round).body()).doesNotContain("0.82").doesNotContain("0.816");

        var report = as(port, b).get("/api/v1/job-complexes?from=%d-01-01&to=%d-01-31".formatted(year, year));
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode ann = null, ben = null;
        for (JsonNode x : report.json().get("complexes")) {
            if (x.get("personId").asLong() == a.id()) ann = x;
            if (x.get("personId").asLong() == b.id()) ben = x;
        }
        // Ann: (120 × 2 + 60 × 5) / 180 = 3.00 desirability; (120 × 2 + 60 × 4) / 180 = 2.67 empowerment
        assertThat(ann.get("desirability").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(ann.get("empowerment").decimalValue()).isEqualByComparingTo("2.67");
        assertThat(ben.get("desirability").decimalValue()).isEqualByComparingTo("5.00");
        // two workers, 3 and 5: σ = 1, range 2; Ann carries all the least desirable hours
        assertThat(report.json().get("desirability").get("standardDeviation").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(report.json().get("desirability").get("range").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(report.json().get("largestLeastDesirableCarrier").get("personId").asLong()).isEqualTo(a.id());

        // budgets: the hours on the role's tasks over the period
        String month = "from=%d-01-01&to=%d-01-31".formatted(year, year);
        for (JsonNode budget : admin.get("/api/v1/role-budgets?" + month).json()) {
            String role = budget.get("roleCode").asString();
            if (role.equals("secretariat")) assertThat(budget.get("hoursUsed").decimalValue()).isEqualByComparingTo("2.00");
            if (role.equals("web-development")) assertThat(budget.get("hoursUsed").decimalValue()).isEqualByComparingTo("2.00");
        }
        // the yearly work distribution: everyone's for the administration (CSV), one's own for a worker
        var csv = PageSession.signIn(port, BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).get("/complexes/distribution.csv?" + month);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("person_id,name,role,task,kind,hours\n")
                .contains(a.id() + "," + a.name() + ",secretariat," + code(dull) + ",")
                .contains(b.id() + "," + b.name() + ",web-development," + code(bright) + ",");
        var bens = as(port, b).get("/api/v1/work-distribution?" + month).json();
        assertThat(bens.size()).isEqualTo(1);
        assertThat(bens.get(0).get("personId").asLong()).isEqualTo(b.id());
        assertThat(bens.get(0).get("hours").decimalValue()).isEqualByComparingTo("1.00");

        // the complex in the distribution: Ann's 4 h of the bright task in April move her complex from January's
        assertThat(as(port, a).post("/api/v1/time-entries", "{\"activity\":\"%s\",\"day\":\"%d-04-14\",\"minutes\":240}"
                .formatted(code(bright), year)).status()).isEqualTo(201);
        String half = "from=%d-01-01&to=%d-06-30".formatted(year, year);
        var complexesCsv = PageSession.signIn(port, BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD)
                .get("/complexes/distribution-complexes.csv?" + half);
        assertThat(complexesCsv.status()).isEqualTo(200);
        // whole half-year: (120 × 2 + 300 × 5) / 420 = 4.14, (120 × 2 + 300 × 4) / 420 = 3.43; first quarter 3.00 and
        // 2.67 (as above); second 5.00 and 4.00; the change +2.00 and +1.33
        assertThat(complexesCsv.body()).startsWith("person_id,name,part,slice,from,to,rated_hours,desirability,empowerment\n")
                .contains("%d,%s,ALL,0,%d-01-01,%d-06-30,7.00,4.14,3.43\n".formatted(a.id(), a.name(), year, year))
                .contains("%d,%s,SLICE,1,%d-01-01,%d-03-31,3.00,3.00,2.67\n".formatted(a.id(), a.name(), year, year))
                .contains("%d,%s,SLICE,2,%d-04-01,%d-06-30,4.00,5.00,4.00\n".formatted(a.id(), a.name(), year, year))
                .contains("%d,%s,CHANGE,0,%d-01-01,%d-06-30,0.00,2.00,1.33\n".formatted(a.id(), a.name(), year, year));
        // a worker reads their own only, on the page too
        var bensPage = PageSession.signIn(port, b.email(), b.password()).get("/complexes/distribution?" + half);
        assertThat(bensPage.body()).contains("distribution-complexes").contains(b.name()).doesNotContain(a.name());

        // bad input: a period that ends before it starts names the field
        var bad = admin.get("/api/v1/job-complexes?from=%d-02-01&to=%d-01-01".formatted(year, year));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("to");
        var badRating = as(port, a).post("/api/v1/rating-rounds/" + round + "/ratings", "[{\"taskId\":%d,\"desirability\":7,\"empowerment\":1}]".formatted(dull));
        assertThat(badRating.status()).isEqualTo(400);
    }

    /** Releases whichever task takes the client work of a kind; returns it (null when none) to give it back after. */
    private Long release(String kind) {
        for (JsonNode t : admin.get("/api/v1/tasks").json()) {
            if (kind.equals(t.path("clientService").asString(null))) {
                long id = t.get("id").asLong();
                var r = admin.put("/api/v1/tasks/" + id + "/client-service", "{\"clientService\":null}");
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                return id;
            }
        }
        return null;
    }

    private String contractActivity(String service) {
        var customer = admin.post("/api/v1/customers", """
                {"name":"%s","kind":"NON_PROFIT","province":"QC","language":"fr"}""".formatted(People.unique("Client")));
        assertThat(customer.status()).as(customer.body()).isEqualTo(201);
        var c = admin.post("/api/v1/contracts", """
                {"customerId":%d,"title":"%s","service":"%s","mode":"TIME_AND_MATERIALS","hourly":"80.00","budgetHours":"100"}"""
                .formatted(customer.json().get("id").asLong(), People.unique("Site"), service));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        return admin.get("/api/v1/contracts/" + c.json().get("id").asLong()).json().get("contract").get("code").asString();
    }

    @Test
    void hoursOnAClientContractCountOnTheTaskThatTakesItsServiceKind_andOthersAreReportedNotCounted() {
        Long webBefore = release("WEB_DEVELOPMENT"), translationBefore = release("TRANSLATION");
        try {
            Person a = people.workerWithAccount("Ana Web"), b = people.workerWithAccount("Bo Web"),
                    c = people.workerWithAccount("Cy Web");
            long dull = task("secretariat", "Sort the mail", 0), web = task("web-development", "Web development for clients", 0);
            var taken = admin.put("/api/v1/tasks/" + web + "/client-service", "{\"clientService\":\"WEB_DEVELOPMENT\"}");
            assertThat(taken.status()).as(taken.body()).isEqualTo(200);
            assertThat(taken.json().get("clientService").asString()).isEqualTo("WEB_DEVELOPMENT");
            // a kind is taken by one task at most; an unknown kind is bad input
            var twice = admin.put("/api/v1/tasks/" + dull + "/client-service", "{\"clientService\":\"WEB_DEVELOPMENT\"}");
            assertThat(twice.status()).isEqualTo(409);
            assertThat(twice.body()).contains("clientService");
            assertThat(admin.put("/api/v1/tasks/" + dull + "/client-service", "{\"clientService\":\"PLUMBING\"}").status())
                    .isEqualTo(400);
            long round = openRound();
            for (Person p : List.of(a, b, c)) {
                rate(as(port, p), round, dull, 1, 2, "");
                rate(as(port, p), round, web, 5, 4, "");
            }
            String site = contractActivity("WEB_DEVELOPMENT"), translation = contractActivity("TRANSLATION");
            // Ana: 1 h of the dull task and 3 h on the web contract; 2 h on a translation contract (no task takes it)
            for (String[] e : List.of(new String[] {code(dull), "12", "60"}, new String[] {site, "13", "180"},
                    new String[] {translation, "14", "120"})) {
                var r = as(port, a).post("/api/v1/time-entries", "{\"activity\":\"%s\",\"day\":\"%d-01-%s\",\"minutes\":%s}"
                        .formatted(e[0], year, e[1], e[2]));
                assertThat(r.status()).as(r.body()).isEqualTo(201);
            }
            clock.set(LocalDate.of(year, 1, 25));

            String month = "from=%d-01-01&to=%d-01-31".formatted(year, year);
            var report = admin.get("/api/v1/job-complexes?" + month);
            assertThat(report.status()).as(report.body()).isEqualTo(200);
            JsonNode ana = null;
            for (JsonNode x : report.json().get("complexes")) if (x.get("personId").asLong() == a.id()) ana = x;
            // (60 × 1 + 180 × 5) / 240 = 4.00; (60 × 2 + 180 × 4) / 240 = 3.50; the translation hours are not counted
            assertThat(ana.get("hours").decimalValue()).isEqualByComparingTo("4.00");
            assertThat(ana.get("desirability").decimalValue()).isEqualByComparingTo("4.00");
            assertThat(ana.get("empowerment").decimalValue()).isEqualByComparingTo("3.50");
            JsonNode untaken = report.json().get("untakenContractHours");
            assertThat(untaken.size()).isEqualTo(1);
            assertThat(untaken.get(0).get("personId").asLong()).isEqualTo(a.id());
            assertThat(untaken.get(0).get("serviceKind").asString()).isEqualTo("TRANSLATION");
            assertThat(untaken.get(0).get("hours").decimalValue()).isEqualByComparingTo("2.00");
            var page = PageSession.signIn(port, BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD)
                    .get("/complexes?" + month);
            assertThat(page.body()).contains("id=\"untaken\"").containsAnyOf("Traduction", "Translation");

            // the yearly distribution: the contract's hours on the web task, its complex with them
            var csv = PageSession.signIn(port, BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).get("/complexes/distribution.csv?" + month);
            assertThat(csv.body()).containsPattern(a.id() + "," + a.name() + ",web-development," + code(web) + ",[A-Z_]+,3.00\n");
            var complexesCsv = PageSession.signIn(port, BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD)
                    .get("/complexes/distribution-complexes.csv?" + month);
            assertThat(complexesCsv.body()).contains("%d,%s,ALL,0,%d-01-01,%d-01-31,4.00,4.00,3.50\n".formatted(a.id(), a.name(), year, year));

            // released: the contract's hours are reported, no longer counted
            assertThat(admin.put("/api/v1/tasks/" + web + "/client-service", "{\"clientService\":null}").status()).isEqualTo(200);
            var after = admin.get("/api/v1/job-complexes?" + month).json();
            for (JsonNode x : after.get("complexes")) {
                if (x.get("personId").asLong() == a.id()) assertThat(x.get("hours").decimalValue()).isEqualByComparingTo("1.00");
            }
            assertThat(after.get("untakenContractHours").size()).isEqualTo(2);
        } finally {
            if (webBefore != null) admin.put("/api/v1/tasks/" + webBefore + "/client-service", "{\"clientService\":\"WEB_DEVELOPMENT\"}");
            if (translationBefore != null) admin.put("/api/v1/tasks/" + translationBefore + "/client-service", "{\"clientService\":\"TRANSLATION\"}");
        }
    }

    @Test
    void acceptingAProposalChangesHoldingsOnceAuditedAndPermissionsAtOnce() {
        Person p = people.workerWithAccount("Pat Coordinator");
        long t = task("coordination", "Prepare the production meeting", 40);
        assertThat(admin.put("/api/v1/tasks/%d/abilities/%d".formatted(t, p.id()), "{\"ability\":\"CAN\",\"wish\":1}").status()).isEqualTo(200);
        assertThat(admin.put("/api/v1/workers/%d/availability".formatted(p.id()), "{\"hours\":40}").status()).isEqualTo(200);
        String summary = "/api/v1/timesheets/summary?from=%d-01-01&to=%d-01-31".formatted(year, year);
        assertThat(as(port, p).get(summary).status()).as("no VIEW_ALL_TIME before").isEqualTo(403);

        LocalDate from = LocalDate.of(year, 1, 10), to = from.plusDays(91);
        var requested = admin.post("/api/v1/assignment-proposals", "{\"from\":\"%s\",\"to\":\"%s\"}".formatted(from, to));
        assertThat(requested.status()).as(requested.body()).isEqualTo(202);
        long id = requested.json().get("id").asLong();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> !"RUNNING".equals(admin.get("/api/v1/assignment-proposals/" + id).json().get("state").asString()));
        JsonNode proposal = admin.get("/api/v1/assignment-proposals/" + id).json();
        assertThat(proposal.get("state").asString()).isEqualTo("READY");
        boolean patHasIt = false;
        for (JsonNode l : proposal.get("proposed")) if (l.get("taskId").asLong() == t && l.get("personId").asLong() == p.id()) patHasIt = true;
        assertThat(patHasIt).as(proposal.toString()).isTrue();

        // the committee edits a line before accepting: Pat's hours on the task become 12
        var edited = admin.post("/api/v1/assignment-proposals/" + id + "/lines",
                "{\"taskId\":%d,\"personId\":%d,\"hours\":12}".formatted(t, p.id()));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        boolean twelve = false;
        for (JsonNode l : edited.json().get("proposed")) {
            if (l.get("taskId").asLong() == t && l.get("personId").asLong() == p.id()) twelve = l.get("hours").decimalValue().compareTo(new java.math.BigDecimal("12")) == 0;
        }
        assertThat(twelve).isTrue();
        assertThat(admin.post("/api/v1/assignment-proposals/" + id + "/lines", "{\"taskId\":%d,\"personId\":%d}".formatted(t, p.id())).status())
                .as("hours missing").isEqualTo(400);

        var accepted = admin.post("/api/v1/assignment-proposals/" + id + "/accept", "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(admin.post("/api/v1/assignment-proposals/" + id + "/accept", "").status()).as("once").isEqualTo(409);

        // Pat holds coordination from the period's first day, once, with the whole share
        int holdings = 0;
        for (JsonNode h : admin.get("/api/v1/roles/coordination").json().get("holders")) {
            if (h.get("personId").asLong() == p.id()) {
                holdings++;
                assertThat(h.get("since").asString()).isEqualTo(from.toString());
                assertThat(h.get("share").decimalValue()).isEqualByComparingTo("1");
            }
        }
        assertThat(holdings).isEqualTo(1);
        // audited on the role and on the proposal
        assertThat(admin.get("/api/v1/roles/coordination/history").body()).contains("holders-reassigned", "#" + p.id());
        // the permission that follows from the role: at once
        assertThat(as(port, p).get(summary).status()).as("VIEW_ALL_TIME at once").isEqualTo(200);
        // today's assignment is the proposal now
        var after = admin.get("/api/v1/assignment-proposals/" + id).json();
        assertThat(after.get("state").asString()).isEqualTo("ACCEPTED");
        boolean today = false;
        for (JsonNode l : after.get("today")) if (l.get("taskId").asLong() == t && l.get("personId").asLong() == p.id()) today = true;
        assertThat(today).isTrue();
    }
}
