package org.fourmiliere.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.TestClock;
import org.fourmiliere.support.TestMail;
import org.fourmiliere.support.Years;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Contracts over the API: prices from the grid and partner agreements, the pipeline and its weekly review, contracts
 * from a won opportunity or an accepted quote, billing the hours worked once, and the budget alerts by e-mail.
 */
@IntegrationTest
class ContractsIT {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    TestClock clock;

    @Autowired
    TestMail smtp;

    Api keeper() {
        return new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("en");
    }

    Api as(Person p) {
        return new Api(port).basic(p.email(), p.password()).language("en");
    }

    static List<String> fields(Api.Response r) {
        List<String> fields = new ArrayList<>();
        JsonNode errors = r.json().get("errors");
        if (errors != null) errors.forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    static Map<String, String> taxes(JsonNode doc) {
        Map<String, String> m = new HashMap<>();
        doc.get("taxes").forEach(t -> m.put(t.get("code").asString(), t.get("amount").asString()));
        return m;
    }

    long customer(String kind, String extra) {
        var r = keeper().post("/api/v1/customers", """
                {"name":"%s","kind":"%s","province":"QC","language":"fr"%s}""".formatted(People.unique("Client"), kind, extra));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    void rate(String service, String kind, String from, String hourly) {
        var r = keeper().post("/api/v1/rates", """
                {"service":"%s","clientKind":"%s","effectiveFrom":"%s","hourly":"%s"}""".formatted(service, kind, from, hourly));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    Api.Response quote(long customerId, String date, String service, String hours) {
        return keeper().post("/api/v1/rates/quote", """
                {"customerId":%d,"date":"%s","lines":[{"service":"%s","hours":"%s"}]}""".formatted(customerId, date, service, hours));
    }

    @Test
    void quotesTakeTheirPricesFromTheGridPerKindOfClientAndKeepThemWhenTheGridChanges() {
        int y = Years.fresh();
        rate("WEB_DEVELOPMENT", "NON_PROFIT", y + "-01-01", "60.00");
        rate("WEB_DEVELOPMENT", "COMPANY", y + "-01-01", "85.00");
        long npo = customer("NON_PROFIT", "");
        long company = customer("COMPANY", "");

        var forNpo = quote(npo, y + "-02-01", "WEB_DEVELOPMENT", "10");
        var forCompany = quote(company, y + "-02-01", "WEB_DEVELOPMENT", "10");
        assertThat(forNpo.status()).as(forNpo.body()).isEqualTo(201);
        assertThat(forNpo.json().get("subtotal").asString()).isEqualTo("600.00");
        assertThat(forNpo.json().get("number").asString()).startsWith("D-");
        assertThat(forCompany.json().get("subtotal").asString()).isEqualTo("850.00");

        // the grid changes, on the same day and from a later day: the issued quote keeps its price
        rate("WEB_DEVELOPMENT", "COMPANY", y + "-01-01", "90.00");
        rate("WEB_DEVELOPMENT", "COMPANY", y + "-03-01", "95.00");
        long issued = forCompany.json().get("id").asLong();
        assertThat(keeper().get("/api/v1/quotes/" + issued).json().get("subtotal").asString()).isEqualTo("850.00");
        assertThat(quote(company, y + "-02-02", "WEB_DEVELOPMENT", "10").json().get("subtotal").asString()).isEqualTo("900.00");
        assertThat(quote(company, y + "-03-01", "WEB_DEVELOPMENT", "10").json().get("subtotal").asString()).isEqualTo("950.00");
        assertThat(keeper().get("/api/v1/rates?on=" + y + "-03-15").body()).contains("\"hourly\":\"95.00\"");

        // no rate for that service: 400 naming the line's field, translated
        var none = keeper().language("fr").post("/api/v1/rates/quote", """
                {"customerId":%d,"date":"%d-02-01","lines":[{"service":"WEB_DEVELOPMENT","hours":"1"},{"service":"WIKI_FARM","hours":"1"}]}"""
                .formatted(company, y - 3000));
        assertThat(none.status()).isEqualTo(400);
        var bad = keeper().post("/api/v1/rates", "{\"service\":\"NOPE\",\"clientKind\":\"COMPANY\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(as(people.workerWithAccount("Reader")).post("/api/v1/rates", """
                {"service":"DESIGN","clientKind":"COMPANY","effectiveFrom":"%d-01-01","hourly":"1.00"}""".formatted(y)).status())
                .isEqualTo(403);
    }

    @Test
    void aPartnersRateAppliesWithinItsPeriodOnly() {
        int y = Years.fresh();
        rate("DESIGN", "INDIVIDUAL", y + "-01-01", "50.00");
        Person partner = people.person("Partner");
        long customer = customer("INDIVIDUAL", ",\"personId\":" + partner.id());
        var agreement = keeper().post("/api/v1/partners", """
                {"name":"%s","personId":%d,"hourly":"35.00","validFrom":"%d-02-01","validUntil":"%d-03-01"}"""
                .formatted(partner.name(), partner.id(), y, y));
        assertThat(agreement.status()).as(agreement.body()).isEqualTo(201);
        assertThat(quote(customer, y + "-01-31", "DESIGN", "2").json().get("subtotal").asString()).isEqualTo("100.00");
        assertThat(quote(customer, y + "-02-01", "DESIGN", "2").json().get("subtotal").asString()).isEqualTo("70.00");
        assertThat(quote(customer, y + "-02-28", "DESIGN", "2").json().get("subtotal").asString()).isEqualTo("70.00");
        assertThat(quote(customer, y + "-03-01", "DESIGN", "2").json().get("subtotal").asString()).isEqualTo("100.00");
        // another client of the same kind pays the grid's rate
        assertThat(quote(customer("INDIVIDUAL", ""), y + "-02-15", "DESIGN", "2").json().get("subtotal").asString()).isEqualTo("100.00");

        var both = keeper().post("/api/v1/partners", """
                {"name":"x","personId":%d,"hourly":"35.00","discountPercent":"10","validFrom":"%d-02-01"}""".formatted(partner.id(), y));
        assertThat(both.status()).isEqualTo(400);
        assertThat(fields(both)).containsExactly("hourly");
    }

    long team(Person... members) {
        StringBuilder ids = new StringBuilder();
        for (Person m : members) ids.append(ids.isEmpty() ? "" : ",").append(m.id());
        String name = People.unique("Team");
        var t = keeper().post("/api/v1/teams", "{\"nameFr\":\"%s\",\"nameEn\":\"%s\",\"memberIds\":[%s]}".formatted(name, name, ids));
        assertThat(t.status()).as(t.body()).isEqualTo(201);
        return t.json().get("id").asLong();
    }

    @Test
    void anOpportunityMovesThroughItsStagesWeighsInThePipelineAndTheReviewTellsWhatChanged() {
        int y = Years.fresh();
        Person worker = people.workerWithAccount("Seller");
        long team = team(worker);
        long customer = customer("NON_PROFIT", "");
        Api w = as(worker);

        clock.set(LocalDate.of(y, 6, 4));
        var a = w.post("/api/v1/opportunities", """
                {"title":"Site CMAQ","customerId":%d,"service":"WEB_DEVELOPMENT","estimateHours":"40","estimateAmount":"3000.00",
                 "chance":50,"expectedDecision":"%d-07-15","teamId":%d}""".formatted(customer, y, team));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        long aId = a.json().get("id").asLong();
        assertThat(a.json().get("stage").asString()).isEqualTo("REQUEST");
        assertThat(a.json().get("weighted").asString()).isEqualTo("1500.00");
        var lost = w.post("/api/v1/opportunities", """
                {"title":"Wiki","clientName":"New client","service":"WIKI_FARM","estimateAmount":"500.00","chance":20,
                 "expectedDecision":"%d-07-20","teamId":%d}""".formatted(y, team)).json().get("id").asLong();
        var late = w.post("/api/v1/opportunities", """
                {"title":"Hosting","clientName":"Late client","service":"HOSTING","estimateAmount":"100.00","chance":10,
                 "expectedDecision":"%d-06-08","teamId":%d}""".formatted(y, team)).json().get("id").asLong();

        clock.set(LocalDate.of(y, 6, 6));
        assertThat(w.post("/api/v1/opportunities/" + aId + "/stage", "{\"stage\":\"TRIAGE\",\"chance\":60}").status()).isEqualTo(200);
        var b = w.post("/api/v1/opportunities", """
                {"title":"Formation","customerId":%d,"service":"TRAINING","estimateAmount":"800.00","chance":25,
                 "expectedDecision":"%d-07-01","teamId":%d}""".formatted(customer, y, team));
        long bId = b.json().get("id").asLong();

        // weighted per month of decision and team
        Map<String, String> weighted = new HashMap<>();
        w.get("/api/v1/opportunities/weighted").json().forEach(r -> {
            if (r.get("teamId") != null && !r.get("teamId").isNull() && r.get("teamId").asLong() == team) {
                weighted.put(r.get("month").asString(), r.get("weighted").asString());
            }
        });
        assertThat(weighted).containsEntry(y + "-07", "2100.00").containsEntry(y + "-06", "10.00");

        clock.set(LocalDate.of(y, 6, 10));
        var noReason = w.post("/api/v1/opportunities/" + lost + "/stage", "{\"stage\":\"LOST\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactly("lostReason");
        assertThat(w.post("/api/v1/opportunities/" + lost + "/stage", "{\"stage\":\"LOST\",\"lostReason\":\"Budget\"}").status()).isEqualTo(200);
        for (String s : new String[] {"ANALYSIS", "QUOTE_SENT", "WON"}) {
            var moved = w.post("/api/v1/opportunities/" + aId + "/stage", "{\"stage\":\"" + s + "\"}");
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        }
        var after = w.get("/api/v1/opportunities/" + aId).json();
        assertThat(after.get("opportunity").get("chance").asInt()).isEqualTo(100);
        assertThat(after.get("history")).extracting(h -> h.get("to").asString())
                .containsExactly("REQUEST", "TRIAGE", "ANALYSIS", "QUOTE_SENT", "WON");
        var closed = w.post("/api/v1/opportunities/" + aId + "/stage", "{\"stage\":\"ANALYSIS\"}");
        assertThat(closed.status()).isEqualTo(409);

        // the weekly review since the last one (June 5): B is new, A moved then won, one lost, one overdue
        clock.set(LocalDate.of(y, 6, 11));
        JsonNode review = w.get("/api/v1/opportunities/review?since=" + y + "-06-05").json();
        assertThat(ids(review.get("created"))).contains(bId).doesNotContain(aId, lost, late);
        assertThat(review.get("moved")).extracting(m -> m.get("opportunityId").asLong() + ":" + m.get("to").asString())
                .contains(aId + ":TRIAGE", aId + ":ANALYSIS", aId + ":QUOTE_SENT");
        assertThat(ids(review.get("won"))).contains(aId);
        assertThat(ids(review.get("lost"))).contains(lost);
        assertThat(ids(review.get("overdue"))).contains(late).doesNotContain(aId, bId);
        JsonNode earlier = w.get("/api/v1/opportunities/review?since=" + y + "-06-04").json();
        assertThat(ids(earlier.get("created"))).contains(aId, bId, lost, late);
        assertThat(w.get("/api/v1/opportunities/review?since=" + y + "-06-12").status()).isEqualTo(400);

        // the won opportunity becomes a contract with its activity in the time tracker; once only
        var contract = keeper().post("/api/v1/contracts", """
                {"opportunityId":%d,"mode":"TIME_AND_MATERIALS","hourly":"75.00"}""".formatted(aId));
        assertThat(contract.status()).as(contract.body()).isEqualTo(201);
        assertThat(contract.json().get("customerId").asLong()).isEqualTo(customer);
        assertThat(contract.json().get("teamId").asLong()).isEqualTo(team);
        assertThat(contract.json().get("budgetHours").asString()).isEqualTo("40");
        assertThat(contract.json().get("budget").asString()).isEqualTo("3000.00");
        assertThat(contract.json().get("activityId").asLong()).isPositive();
        assertThat(keeper().post("/api/v1/contracts", "{\"opportunityId\":%d,\"mode\":\"FIXED_PRICE\"}".formatted(aId)).status())
                .isEqualTo(409);
        assertThat(keeper().post("/api/v1/contracts", "{\"opportunityId\":%d,\"mode\":\"FIXED_PRICE\"}".formatted(bId)).status())
                .isEqualTo(409);
    }

    @Autowired
    org.fourmiliere.governance.BodyDirectory bodies;

    long meeting(String type, LocalDate day) {
        long committee = bodies.the(org.fourmiliere.governance.BodyKind.WORK_COMMITTEE).id();
        var r = keeper().post("/api/v1/meetings", """
                {"bodyId": %d, "type": "%s", "day": "%s", "start": "18:00", "end": "20:00"}""".formatted(committee, type, day));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void theWeeklyReviewGoesIntoTheProductionMeetingsMinutesInOneAction() {
        int y = Years.fresh();
        meeting("PRODUCTION", LocalDate.of(y, 6, 4));
        long monday = meeting("PRODUCTION", LocalDate.of(y, 6, 11));
        long reflection = meeting("REFLECTION", LocalDate.of(y, 6, 12));
        clock.set(LocalDate.of(y, 6, 3));
        String before = People.unique("Before");
        keeper().post("/api/v1/opportunities", "{\"title\":\"%s\",\"clientName\":\"X\",\"service\":\"DESIGN\"}".formatted(before));
        clock.set(LocalDate.of(y, 6, 6));
        String title = People.unique("Affiche");
        var o = keeper().post("/api/v1/opportunities", """
                {"title":"%s","clientName":"Studio","service":"DESIGN","estimateAmount":"600.00","chance":30}""".formatted(title));
        assertThat(o.status()).as(o.body()).isEqualTo(201);
        clock.set(LocalDate.of(y, 6, 11));
        var added = keeper().language("fr").post("/api/v1/opportunities/review/minutes", "{\"meetingId\":%d}".formatted(monday));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        String minutes = keeper().get("/api/v1/meetings/" + monday).json().get("meeting").get("minutes").asString();
        assertThat(minutes).contains("Pipeline : ce qui a changé du " + y + "-06-04 au " + y + "-06-11").contains(title)
                .doesNotContain(before).contains("### Nouvelles");
        var wrong = keeper().post("/api/v1/opportunities/review/minutes", "{\"meetingId\":%d}".formatted(reflection));
        assertThat(wrong.status()).isEqualTo(409);
        assertThat(keeper().post("/api/v1/opportunities/review/minutes", "{}").status()).isEqualTo(400);
    }

    static List<Long> ids(JsonNode list) {
        List<Long> out = new ArrayList<>();
        list.forEach(o -> out.add(o.get("id").asLong()));
        return out;
    }

    long contract(long customer, Long team, String budgetHours, Long freelancer) {
        var r = keeper().post("/api/v1/contracts", """
                {"customerId":%d,"title":"%s","service":"WEB_DEVELOPMENT","mode":"TIME_AND_MATERIALS","hourly":"80.00",
                 "budgetHours":"%s","teamId":%s,"freelancerId":%s}"""
                .formatted(customer, People.unique("Site"), budgetHours, team, freelancer));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    String activity(long contractId) {
        return keeper().get("/api/v1/contracts/" + contractId).json().get("contract").get("code").asString();
    }

    long hours(Person p, String activity, String day, int minutes) {
        var r = as(p).post("/api/v1/time-entries", """
                {"activity":"%s","day":"%s","minutes":%d}""".formatted(activity, day, minutes));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void theHoursOfTwoWorkersBecomeADraftInvoiceThenAreBilledOnce() {
        int y = Years.fresh();
        Person ana = people.workerWithAccount("Ana");
        Person bob = people.workerWithAccount("Bob");
        Person freelancer = people.person("Freelancer");
        long customer = customer("COMPANY", "");
        long id = contract(customer, null, "100", freelancer.id());
        String code = activity(id);

        long first = hours(ana, code, y + "-03-02", 240);
        hours(ana, code, y + "-03-05", 180);
        hours(bob, code, y + "-03-02", 120);
        hours(bob, code, y + "-04-01", 60);

        String period = "from=" + y + "-03-01&to=" + y + "-03-31";
        JsonNode draft = keeper().get("/api/v1/contracts/" + id + "/draft-invoice?" + period).json();
        assertThat(draft.get("entries").asInt()).isEqualTo(3);
        assertThat(draft.get("hours").asString()).isEqualTo("9");
        assertThat(draft.get("draft").get("subtotal").asString()).isEqualTo("720.00");
        assertThat(taxes(draft.get("draft"))).containsEntry("GST", "36.00").containsEntry("QST", "71.82");
        assertThat(draft.get("draft").get("total").asString()).isEqualTo("827.82");
        JsonNode perDay = keeper().get("/api/v1/contracts/" + id + "/draft-invoice?grouping=WORKER_DAY&" + period).json();
        assertThat(perDay.get("draft").get("lines")).hasSize(3);
        assertThat(perDay.get("draft").get("lines").get(0).get("description").asString()).contains("Ana");

        var issued = keeper().post("/api/v1/contracts/" + id + "/invoices", """
                {"from":"%d-03-01","to":"%d-03-31","grouping":"WORKER_DAY"}""".formatted(y, y));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(issued.json().get("number").asString()).startsWith("F-");
        assertThat(issued.json().get("total").asString()).isEqualTo("827.82");
        long invoiceId = issued.json().get("id").asLong();
        assertThat(keeper().get("/api/v1/invoices/" + invoiceId).json().get("total").asString()).isEqualTo("827.82");

        // the same period again: nothing to bill
        JsonNode again = keeper().get("/api/v1/contracts/" + id + "/draft-invoice?" + period).json();
        assertThat(again.get("entries").asInt()).isZero();
        assertThat(again.get("lines")).isEmpty();
        assertThat(again.get("draft") == null || again.get("draft").isNull()).isTrue();
        var twice = keeper().post("/api/v1/contracts/" + id + "/invoices", "{\"from\":\"%d-03-01\",\"to\":\"%d-03-31\"}".formatted(y, y));
        assertThat(twice.status()).isEqualTo(409);
        // April's hour is still to bill
        assertThat(keeper().get("/api/v1/contracts/" + id + "/draft-invoice?from=" + y + "-04-01&to=" + y + "-04-30").json()
                .get("hours").asString()).isEqualTo("1");

        // a billed entry can no longer be changed or deleted, with a clear message in the reader's language
        var edit = as(ana).patch("/api/v1/time-entries/" + first, "{\"minutes\":60}");
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.json().get("detail").asString()).contains("This entry was billed (" + issued.json().get("number").asString() + ")");
        var editFr = as(ana).language("fr").patch("/api/v1/time-entries/" + first, "{\"minutes\":60}");
        assertThat(editFr.json().get("detail").asString()).contains("Cette entrée a été facturée");
        assertThat(as(ana).delete("/api/v1/time-entries/" + first).status()).isEqualTo(409);
        // ...but an adjustment corrects it
        assertThat(as(ana).post("/api/v1/time-entries/" + first + "/adjustments",
                "{\"day\":\"%d-04-02\",\"minutes\":-30,\"note\":\"correction\"}".formatted(y)).status()).isEqualTo(201);

        // the collective's share of the freelancer's contract, and profitability
        JsonNode bill = keeper().get("/api/v1/contracts/" + id + "/freelancer-bill").json();
        assertThat(bill.get("revenue").asString()).isEqualTo("720.00");
        assertThat(bill.get("collective").asString()).isEqualTo("216.00");
        assertThat(bill.get("freelancerPart").asString()).isEqualTo("504.00");
        assertThat(bill.get("lines")).hasSize(1);
        JsonNode profit = keeper().get("/api/v1/contracts/" + id + "/profitability").json();
        assertThat(profit.get("revenue").asString()).isEqualTo("720.00");
        assertThat(profit.get("freelancerCost").asString()).isEqualTo("504.00");
        assertThat(profit.get("hours").asString()).isEqualTo("9.5");
        assertThat(new java.math.BigDecimal(profit.get("margin").asString())).isEqualByComparingTo(
                new java.math.BigDecimal("216.00").subtract(new java.math.BigDecimal(profit.get("wageCost").asString())));
        assertThat(keeper().get("/api/v1/contracts/profitability?by=client").body()).contains("\"key\":\"" + customer + "\"");
        assertThat(keeper().get("/api/v1/contracts/profitability?by=nope").status()).isEqualTo(400);

        var badPeriod = keeper().get("/api/v1/contracts/" + id + "/draft-invoice?from=" + y + "-03-31&to=" + y + "-03-01");
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(fields(badPeriod)).containsExactly("to");
        assertThat(as(ana).get("/api/v1/contracts/" + id).status()).isEqualTo(200);
        assertThat(as(ana).post("/api/v1/contracts/" + id + "/invoices", "{\"from\":\"%d-04-01\",\"to\":\"%d-04-30\"}".formatted(y, y))
                .status()).isEqualTo(403);
    }

    @Test
    void theBoardShowsTheNewestCardsOfEachStageWithoutFormsAndTheRestOnDemand() {
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            var r = keeper().post("/api/v1/opportunities", """
                    {"title":"Board %d","clientName":"Board client","service":"DESIGN"}""".formatted(i));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            mine.add(r.json().get("id").asLong());
        }
        var session = org.fourmiliere.support.PageSession.signIn(port, BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD);
        String board = session.get("/contracts/board").body();
        String requests = board.substring(board.indexOf("id=\"stage-REQUEST\""), board.indexOf("id=\"stage-TRIAGE\""));
        assertThat(requests.split("class=\"opportunity-card\"", -1)).hasSize(21); // 20 cards
        assertThat(requests).contains("id=\"opp-" + mine.get(20) + "\"", "id=\"opp-" + mine.get(1) + "\"")
                .doesNotContain("id=\"opp-" + mine.get(0) + "\"")
                .contains("href=\"/contracts/opportunities/" + mine.get(20) + "\"")
                .contains("hx-get=\"/contracts/board/REQUEST?before=" + mine.get(1) + "\"");
        assertThat(board).doesNotContain("<form");
        String more = session.get("/contracts/board/REQUEST?before=" + mine.get(1)).body();
        assertThat(more).contains("id=\"opp-" + mine.get(0) + "\"").doesNotContain("id=\"opp-" + mine.get(1) + "\"");
        assertThat(session.get("/contracts/opportunities/" + mine.get(0)).body()).contains("Board 0", "Board client");
    }

    @Test
    void aCreditNoteCancellingAnInvoiceOfHoursMakesThemBillableAgain_aPartialOneDoesNot() {
        int y = Years.fresh();
        Person ana = people.workerWithAccount("Ana");
        long customer = customer("COMPANY", "");
        long id = contract(customer, null, "100", null);
        String code = activity(id);
        long march = hours(ana, code, y + "-03-02", 240);
        hours(ana, code, y + "-03-05", 180);
        hours(ana, code, y + "-04-06", 120);
        String marchPeriod = "from=" + y + "-03-01&to=" + y + "-03-31";
        String aprilPeriod = "from=" + y + "-04-01&to=" + y + "-04-30";

        var issued = keeper().post("/api/v1/contracts/" + id + "/invoices", "{\"from\":\"%d-03-01\",\"to\":\"%d-03-31\"}".formatted(y, y));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        long invoice = issued.json().get("id").asLong();
        String date = issued.json().get("date").asString();
        assertThat(issued.json().get("subtotal").asString()).isEqualTo("560.00");

        // a partial credit note takes back an amount, not hours: the hours stay billed
        var partial = keeper().post("/api/v1/credit-notes", """
                {"invoiceId":%d,"date":"%s","lines":[{"description":"Discount","quantity":1,"unitPrice":"200.00","taxCode":"GST_QST"}]}"""
                .formatted(invoice, date));
        assertThat(partial.status()).as(partial.body()).isEqualTo(201);
        assertThat(keeper().get("/api/v1/contracts/" + id + "/draft-invoice?" + marchPeriod).json().get("entries").asInt()).isZero();
        assertThat(as(ana).patch("/api/v1/time-entries/" + march, "{\"minutes\":60}").status()).isEqualTo(409);
        assertThat(keeper().get("/api/v1/contracts/" + id + "/profitability").json().get("revenue").asString()).isEqualTo("360.00");

        // the rest credited too: the invoice is cancelled, its hours are billable again and a new draft bills them
        var rest = keeper().post("/api/v1/credit-notes", """
                {"invoiceId":%d,"date":"%s","lines":[{"description":"Cancelled","quantity":1,"unitPrice":"360.00","taxCode":"GST_QST"}]}"""
                .formatted(invoice, date));
        assertThat(rest.status()).as(rest.body()).isEqualTo(201);
        JsonNode again = keeper().get("/api/v1/contracts/" + id + "/draft-invoice?" + marchPeriod).json();
        assertThat(again.get("entries").asInt()).isEqualTo(2);
        assertThat(again.get("hours").asString()).isEqualTo("7");
        assertThat(keeper().get("/api/v1/contracts/" + id + "/profitability").json().get("revenue").asString()).isEqualTo("0.00");
        var rebilled = keeper().post("/api/v1/contracts/" + id + "/invoices", "{\"from\":\"%d-03-01\",\"to\":\"%d-03-31\"}".formatted(y, y));
        assertThat(rebilled.status()).as(rebilled.body()).isEqualTo(201);
        assertThat(rebilled.json().get("subtotal").asString()).isEqualTo("560.00");
        assertThat(keeper().get("/api/v1/contracts/" + id + "/draft-invoice?" + marchPeriod).json().get("entries").asInt()).isZero();

        // a credit note of the whole invoice at once (no lines) un-bills its hours as well
        var april = keeper().post("/api/v1/contracts/" + id + "/invoices", "{\"from\":\"%d-04-01\",\"to\":\"%d-04-30\"}".formatted(y, y));
        assertThat(april.status()).as(april.body()).isEqualTo(201);
        assertThat(keeper().get("/api/v1/contracts/" + id + "/draft-invoice?" + aprilPeriod).json().get("entries").asInt()).isZero();
        var whole = keeper().post("/api/v1/credit-notes", "{\"invoiceId\":%d,\"date\":\"%s\"}"
                .formatted(april.json().get("id").asLong(), april.json().get("date").asString()));
        assertThat(whole.status()).as(whole.body()).isEqualTo(201);
        assertThat(keeper().get("/api/v1/contracts/" + id + "/draft-invoice?" + aprilPeriod).json().get("hours").asString()).isEqualTo("2");
        assertThat(keeper().get("/api/v1/contracts/" + id + "/profitability").json().get("revenue").asString()).isEqualTo("560.00");
    }

    @Test
    void anAcceptedQuoteBecomesAContractAndFixedPriceMilestonesBecomeInvoiceLines() {
        int y = Years.fresh();
        rate("TRAINING", "NON_PROFIT", y + "-01-01", "50.00");
        long customer = customer("NON_PROFIT", "");
        long quote = quote(customer, y + "-01-10", "TRAINING", "20").json().get("id").asLong();
        var order = keeper().post("/api/v1/quotes/" + quote + "/accept", "{\"date\":\"%d-01-20\"}".formatted(y));
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        var c = keeper().post("/api/v1/contracts", """
                {"documentId":%d,"service":"TRAINING","mode":"FIXED_PRICE","budgetHours":"20","startsOn":"%d-02-01"}"""
                .formatted(order.json().get("id").asLong(), y));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        assertThat(c.json().get("budget").asString()).isEqualTo("1000.00");
        long id = c.json().get("id").asLong();
        var m = keeper().post("/api/v1/contracts/" + id + "/milestones", "{\"label\":\"Première séance\",\"amount\":\"400.00\"}");
        assertThat(m.status()).as(m.body()).isEqualTo(201);
        long mid = m.json().get("id").asLong();
        var inv = keeper().post("/api/v1/contracts/" + id + "/milestones/" + mid + "/reached", "{\"date\":\"%d-02-15\"}".formatted(y));
        assertThat(inv.status()).as(inv.body()).isEqualTo(201);
        assertThat(inv.json().get("subtotal").asString()).isEqualTo("400.00");
        assertThat(inv.json().get("lines").get(0).get("description").asString()).contains("Première séance");
        assertThat(keeper().post("/api/v1/contracts/" + id + "/milestones/" + mid + "/reached", null).status()).isEqualTo(409);
        assertThat(keeper().get("/api/v1/contracts/" + id + "/draft-invoice?from=" + y + "-02-01&to=" + y + "-02-28").status())
                .isEqualTo(409);
        assertThat(keeper().get("/api/v1/contracts/" + id).json().get("milestones").get(0).get("invoiceId").asLong())
                .isEqualTo(inv.json().get("id").asLong());
    }

    @Test
    void theTeamIsToldOnceAt80AndOnceAt100PercentOfTheBudget() throws Exception {
        int y = Years.fresh();
        Person dev = people.workerWithAccount("Dev");
        long team = team(dev);
        long id = contract(customer("COMPANY", ""), team, "10", null);
        String code = activity(id);

        hours(dev, code, y + "-05-01", 7 * 60);
        hours(dev, code, y + "-05-02", 60);
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.receivedBy(dev.email()).size() == 1);
        assertThat(smtp.receivedBy(dev.email()).get(0).getSubject()).contains(code).contains("80 %");
        hours(dev, code, y + "-05-03", 60);
        hours(dev, code, y + "-05-04", 2 * 60);
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.receivedBy(dev.email()).size() == 2);
        hours(dev, code, y + "-05-05", 60);
        await().atMost(Duration.ofSeconds(30)).until(() -> keeper().get("/api/v1/contracts/" + id).json()
                .get("budget").get("hoursSpent").asString().equals("12"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> smtp.receivedBy(dev.email()).size() == 2);
        List<Boolean> hundred = new ArrayList<>();
        for (var mm : smtp.receivedBy(dev.email())) hundred.add(mm.getSubject().contains("100 %"));
        assertThat(hundred).containsExactly(false, true);
        assertThat(keeper().get("/api/v1/contracts/" + id).json().get("budget").get("alertsSent").toString()).isEqualTo("[80,100]");
    }
}
