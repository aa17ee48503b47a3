package org.fourmiliere.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.PageSession;
import org.fourmiliere.support.People;
import org.fourmiliere.support.Years;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The teams' quarterly reports (planned against actual per service the team runs, and the team's comment, written by
 * its members or the accounting role), the journal lines behind an evaluation's department line, and public budgets
 * on the transparency page; each against figures computed by hand.
 */
@IntegrationTest
class BudgetTeamsIT {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    org.fourmiliere.members.MemberRegistration registration;

    Api keeper() {
        return new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("en");
    }

    void post(String date, String debit, String credit, String amount, String department) {
        var r = keeper().post("/api/v1/journal-entries", BudgetsIT.entry(date, debit, credit, amount, department));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    long budget(int fiscalYear, String name, String entries) {
        var created = keeper().post("/api/v1/budgets", "{\"fiscalYear\":%d,\"name\":\"%s\"}".formatted(fiscalYear, name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        var entered = keeper().post("/api/v1/budgets/" + id + "/entries", "{\"entries\":[" + entries + "]}");
        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        return id;
    }

    void adopt(long id) {
        assertThat(keeper().post("/api/v1/budgets/" + id + "/status", "{\"status\":\"PROPOSED\"}").status()).isEqualTo(200);
        long body = keeper().get("/api/v1/bodies").json().get(0).get("id").asLong();
        var d = keeper().post("/api/v1/decisions", """
                {"bodyId": %d, "decidedOn": "2007-06-01", "text": "Adopt the budget %s", "how": "VOTE", "votersFor": [%d]}"""
                .formatted(body, People.unique("b"), people.person("Voter").id()));
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        var adopted = keeper().post("/api/v1/budgets/" + id + "/status", "{\"status\":\"ADOPTED\",\"decisionId\":" + d.json().get("id").asLong() + "}");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
    }

    static String field(Api.Response r) {
        return r.json().get("errors").get(0).get("field").asString();
    }

    @Test
    void aTeamsQuarterPlannedAgainstActualPerServiceWithItsComment() {
        int y = Years.fresh(2);
        int fy = y + 1; // first quarter: Sept. – Nov. y
        var member = people.workerWithAccount("Drupalist");
        var other = people.workerWithAccount("Outsider");
        Api m = new Api(port).basic(member.email(), member.password()).language("en");
        Api o = new Api(port).basic(other.email(), other.password()).language("en");
        String name = People.unique("Drupal");
        var team = keeper().post("/api/v1/teams", "{\"nameFr\":\"%s\",\"nameEn\":\"%s\",\"memberIds\":[%d]}".formatted(name, name, member.id()));
        assertThat(team.status()).as(team.body()).isEqualTo(201);
        long teamId = team.json().get("id").asLong();
        assertThat(keeper().put("/api/v1/budgets/teams/" + teamId + "/services", "{\"departments\":[\"WEBDEV\",\"HOSTING\"]}").status())
                .isEqualTo(204);

        long id = budget(fy, People.unique("Teams"), """
                {"account":"4001","department":"WEBDEV","period":"QUARTER","number":1,"amount":"9000.00"},
                {"account":"5480","department":"WEBDEV","period":"QUARTER","number":1,"amount":"600.00"},
                {"account":"4002","department":"HOSTING","period":"QUARTER","number":1,"amount":"3000.00"},
                {"account":"4002","department":"HOSTING","period":"QUARTER","number":2,"amount":"5000.00"},
                {"account":"4003","department":"DESIGN","period":"QUARTER","number":1,"amount":"7000.00"}""");
        adopt(id);
        post(y + "-10-01", "1010", "4001", "8000.00", "WEBDEV");
        post(y + "-10-15", "5480", "1010", "750.00", "WEBDEV");
        post(y + "-11-01", "1010", "4002", "3300.00", "HOSTING");
        post(y + "-11-30", "1010", "4003", "6500.00", "DESIGN");   // a service the team does not run
        post(y + "-12-01", "1010", "4001", "1000.00", "WEBDEV");   // the next quarter

        var r = o.get("/api/v1/budgets/reports/teams?fiscalYear=" + fy + "&quarter=1");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("from").asString()).isEqualTo(y + "-09-01");
        assertThat(r.json().get("to").asString()).isEqualTo(y + "-11-30");
        assertThat(r.json().get("budgetId").asLong()).isEqualTo(id);
        JsonNode t = team(r.json(), teamId);
        assertThat(t.get("mayWrite").asBoolean()).as("not a member of the team").isFalse();
        JsonNode web = t.get("services").get(1), hosting = t.get("services").get(0);
        assertThat(hosting.get("department").asString()).isEqualTo("HOSTING");
        assertThat(web.get("department").asString()).isEqualTo("WEBDEV");
        assertThat(web.get("plannedRevenue").decimalValue()).isEqualByComparingTo("9000.00");
        assertThat(web.get("actualRevenue").decimalValue()).isEqualByComparingTo("8000.00");
        assertThat(web.get("plannedExpenses").decimalValue()).isEqualByComparingTo("600.00");
        assertThat(web.get("actualExpenses").decimalValue()).isEqualByComparingTo("750.00");
        assertThat(hosting.get("plannedRevenue").decimalValue()).isEqualByComparingTo("3000.00");
        assertThat(hosting.get("actualRevenue").decimalValue()).isEqualByComparingTo("3300.00");
        // the team's totals: planned 9000 + 3000 − 600 = 11,400; actual 8000 + 3300 − 750 = 10,550
        assertThat(t.get("total").get("plannedNet").decimalValue()).isEqualByComparingTo("11400.00");
        assertThat(t.get("total").get("actualNet").decimalValue()).isEqualByComparingTo("10550.00");
        // the second quarter: hosting's 5000 planned, the web's 1000 of December
        JsonNode q2 = team(o.get("/api/v1/budgets/reports/teams?fiscalYear=" + fy + "&quarter=2").json(), teamId);
        assertThat(q2.get("total").get("plannedRevenue").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(q2.get("total").get("actualRevenue").decimalValue()).isEqualByComparingTo("1000.00");

        // the comment: a member of the team writes it, and the accounting role; nobody else
        String comment = "{\"teamId\":%d,\"fiscalYear\":%d,\"quarter\":1,\"comment\":\"%s\"}";
        var refused = o.post("/api/v1/budgets/reports/teams/comments", comment.formatted(teamId, fy, "Not mine"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(field(refused)).isEqualTo("teamId");
        assertThat(keeper().post("/api/v1/budgets/reports/teams/comments", comment.formatted(teamId, fy, "From the books")).status()).isEqualTo(204);
        assertThat(m.post("/api/v1/budgets/reports/teams/comments", comment.formatted(teamId, fy, "A client paid late")).status()).isEqualTo(204);
        JsonNode mine = team(m.get("/api/v1/budgets/reports/teams?fiscalYear=" + fy + "&quarter=1").json(), teamId);
        assertThat(mine.get("comment").asString()).isEqualTo("A client paid late");
        assertThat(mine.get("mayWrite").asBoolean()).isTrue();
        JsonNode none = team(m.get("/api/v1/budgets/reports/teams?fiscalYear=" + fy + "&quarter=2").json(), teamId).get("comment");
        assertThat(none == null || none.isNull()).as("no comment on the second quarter").isTrue();
        // the page lists it for the work committee; the form is there for the team's members only
        String page = PageSession.signIn(port, member.email(), member.password()).get("/budgets/teams?fiscalYear=" + fy + "&quarter=1").text();
        assertThat(page).contains(name).contains("A client paid late").contains("team-comment-form");
        assertThat(PageSession.signIn(port, other.email(), other.password()).get("/budgets/teams?fiscalYear=" + fy + "&quarter=1").text())
                .contains(name).doesNotContain("team-comment-form");

        // bad input: 400 naming the field; services are the accounting role's
        assertThat(field(o.get("/api/v1/budgets/reports/teams?fiscalYear=" + fy + "&quarter=5"))).isEqualTo("quarter");
        assertThat(field(keeper().post("/api/v1/budgets/reports/teams/comments", comment.formatted(999999999L, fy, "x")))).isEqualTo("teamId");
        assertThat(field(keeper().post("/api/v1/budgets/reports/teams/comments", "{\"teamId\":%d,\"fiscalYear\":%d,\"quarter\":0,\"comment\":\"x\"}".formatted(teamId, fy))))
                .isEqualTo("quarter");
        assertThat(field(keeper().put("/api/v1/budgets/teams/" + teamId + "/services", "{\"departments\":[\"NOPE\"]}"))).isEqualTo("departments[0]");
        assertThat(o.put("/api/v1/budgets/teams/" + teamId + "/services", "{\"departments\":[]}").status()).isEqualTo(403);
        assertThat(team(o.get("/api/v1/budgets/reports/teams?fiscalYear=" + fy + "&quarter=1").json(), teamId).get("services").size()).isEqualTo(2);
    }

    static JsonNode team(JsonNode report, long teamId) {
        for (JsonNode t : report.get("teams")) if (t.get("teamId").asLong() == teamId) return t;
        throw new AssertionError("no team " + teamId + " in " + report);
    }

    @Test
    void anEvaluationLineLeadsToTheJournalLinesOfItsDepartment() {
        int y = Years.fresh(2);
        int fy = y + 1;
        long id = budget(fy, People.unique("Lines"), """
                {"account":"4001","department":"WEBDEV","period":"MONTH","number":1,"amount":"600.00"},
                {"account":"4001","period":"MONTH","number":1,"amount":"250.00"}""");
        post(y + "-09-03", "1010", "4001", "500.00", "WEBDEV");
        post(y + "-09-04", "1010", "4001", "200.00", "DESIGN"); // a department with no line: on the account's line
        post(y + "-09-05", "1010", "4001", "100.00", "HOSTING"); // also on the account's line
        post(y + "-10-05", "1010", "4001", "999.00", "WEBDEV"); // after the period
        String period = "from=" + y + "-09-01&to=" + y + "-09-30";
        JsonNode e = keeper().get("/api/v1/budgets/" + id + "/evaluation?" + period).json();
        assertThat(BudgetsIT.line(e, "4001/WEBDEV").get("actual").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(BudgetsIT.line(e, "4001").get("actual").decimalValue()).isEqualByComparingTo("300.00");

        JsonNode dept = keeper().get("/api/v1/budgets/" + id + "/evaluation/lines?line=4001/WEBDEV&" + period).json();
        assertThat(dept.get("postings").size()).isEqualTo(1);
        assertThat(dept.get("postings").get(0).get("amount").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(dept.get("postings").get(0).get("date").asString()).isEqualTo(y + "-09-03");
        assertThat(dept.get("total").decimalValue()).isEqualByComparingTo("500.00");
        JsonNode account = keeper().get("/api/v1/budgets/" + id + "/evaluation/lines?line=4001&" + period).json();
        assertThat(account.get("postings").size()).isEqualTo(2);
        assertThat(account.get("total").decimalValue()).isEqualByComparingTo("300.00");
        long entry = dept.get("postings").get(0).get("entryId").asLong();

        // the page: the evaluation links each actual to its lines, which link to their entries
        PageSession pages = PageSession.signIn(port, BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD);
        assertThat(pages.get("/budgets/" + id + "?" + period).text()).contains("/budgets/" + id + "/lines?line=4001/WEBDEV");
        String page = pages.get("/budgets/" + id + "/lines?line=4001/WEBDEV&" + period).text();
        assertThat(page).contains("/books/entries/" + entry).contains("line-total");

        var unknown = keeper().get("/api/v1/budgets/" + id + "/evaluation/lines?line=4001/HOSTING&" + period);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(field(unknown)).isEqualTo("line");
        assertThat(field(keeper().get("/api/v1/budgets/" + id + "/evaluation/lines?line=1010&" + period))).isEqualTo("line");
    }

    @Test
    void anAdoptedBudgetMarkedPublicIsOnTheTransparencyPage() {
        int y = Years.fresh(2);
        String name = People.unique("Public");
        long id = budget(y, name, """
                {"account":"4001","period":"YEAR","amount":"12000.00"},
                {"account":"5420","period":"YEAR","amount":"4800.00"}""");
        Api anonymous = new Api(port).language("en");
        assertThat(anonymous.get("/budgets/public").status()).isEqualTo(200);
        var draft = keeper().post("/api/v1/budgets/" + id + "/visibility", "{\"isPublic\":true}");
        assertThat(draft.status()).as("a draft is not made public").isEqualTo(409);
        adopt(id);
        assertThat(anonymous.get("/budgets/public").body()).doesNotContain(name);
        assertThat(keeper().post("/api/v1/budgets/" + id + "/visibility", "{\"isPublic\":true}").status()).isEqualTo(200);

        String page = anonymous.get("/budgets/public").body();
        assertThat(page).contains(name).contains("public-budget-" + id);
        JsonNode mine = null;
        for (JsonNode b : anonymous.get("/api/v1/budgets/public").json()) if (b.get("budget").get("id").asLong() == id) mine = b;
        assertThat(mine).isNotNull();
        assertThat(mine.get("totalRevenue").decimalValue()).isEqualByComparingTo("12000.00");
        assertThat(mine.get("totalExpenses").decimalValue()).isEqualByComparingTo("4800.00");
        assertThat(mine.get("balance").decimalValue()).isEqualByComparingTo(new BigDecimal("7200.00"));

        assertThat(keeper().post("/api/v1/budgets/" + id + "/visibility", "{\"isPublic\":false}").status()).isEqualTo(200);
        assertThat(anonymous.get("/budgets/public").body()).doesNotContain(name);
    }

    @Test
    void yearByYearFullTimeEquivalentsLabourSharesProfitAndNetValue() {
        int y = Years.fresh(2);
        int fy = y + 1; // Sept. y – Aug. y+1, years no other test writes in
        var worker = people.workerWithAccount("Salaried");
        Api w = new Api(port).basic(worker.email(), worker.password());
        String code = People.unique("fte");
        assertThat(w.post("/api/v1/activities", "{\"code\":\"" + code + "\",\"name\":\"" + code + "\",\"kind\":\"CONTRACT\",\"billable\":true}").status())
                .isEqualTo(201);
        // 13 days × 7 paid hours = 91 hours
        for (int d = 1; d <= 13; d++) {
            String day = y + "-10-" + (d < 10 ? "0" + d : "" + d);
            assertThat(w.post("/api/v1/time-entries", "{\"activity\":\"" + code + "\",\"start\":\"" + day + "T09:00-04:00\",\"end\":\""
                    + day + "T16:00-04:00\",\"kind\":\"PAID\"}").status()).isEqualTo(201);
        }
        post(y + "-10-20", "1010", "4001", "8000.00", null);
        post(y + "-10-31", "5102", "1010", "3000.00", null);   // salaries (under 5095)
        post(y + "-11-15", "5220", "1010", "1000.00", null);   // freelancers (under 5200)

        var r = keeper().get("/api/v1/budgets/reports/years?lastYear=" + fy + "&years=2");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode before = r.json().get(0), year = r.json().get(1);
        assertThat(year.get("fiscalYear").asInt()).isEqualTo(fy);
        // 91 h ÷ 1820 h a full-time year = 0.05
        assertThat(year.get("paidHours").decimalValue()).isEqualByComparingTo("91.00");
        assertThat(year.get("fte").decimalValue()).isEqualByComparingTo("0.05");
        // salaried 3000 of 4000 of labour: 75.0 %; freelance 25.0 %
        assertThat(year.get("salaries").decimalValue()).isEqualByComparingTo("3000.00");
        assertThat(year.get("freelancers").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(year.get("salariedShare").decimalValue()).isEqualByComparingTo("75.0");
        assertThat(year.get("freelanceShare").decimalValue()).isEqualByComparingTo("25.0");
        // profit 8000 − 4000 = 4000; the net value (assets − liabilities) grows by it over the year
        assertThat(year.get("profit").decimalValue()).isEqualByComparingTo("4000.00");
        assertThat(year.get("netValue").decimalValue().subtract(before.get("netValue").decimalValue())).isEqualByComparingTo("4000.00");

        String page = PageSession.signIn(port, BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD)
                .get("/budgets/analyses?lastYear=" + fy + "&years=2").text();
        assertThat(page).contains("id=\"fte-chart\"><svg").contains("id=\"net-chart\"><svg").contains("id=\"net-" + fy + "\"");
        assertThat(field(keeper().get("/api/v1/budgets/reports/years?lastYear=" + fy + "&years=11"))).isEqualTo("years");
    }

    @Test
    void hoursPerYearSplitBySalariedFreelanceAndVolunteerEngagements() {
        int y = Years.fresh(2);
        int fy = y + 1; // Sept. y – Aug. y+1
        Api k = keeper();
        // Sam is salaried all year; Fran volunteers in September and October, then freelances from November
        // both volunteer from a month ago (so that they may punch today); that ends before the fiscal year
        var sam = people.workerWithAccount("Sam");
        var fran = people.workerWithAccount("Fran");
        for (var p : java.util.List.of(sam, fran))
            registration.endEngagement(k.get("/api/v1/members/" + p.id() + "/engagements").json().get(0).get("id").asLong(),
                    java.time.LocalDate.of(y, 8, 31));
        engage(k, sam.id(), "SALARIED", y + "-09-01", null);
        engage(k, fran.id(), "VOLUNTEER", y + "-09-01", y + "-10-31");
        engage(k, fran.id(), "FREELANCE", y + "-11-01", null);
        Api s = new Api(port).basic(sam.email(), sam.password()), f = new Api(port).basic(fran.email(), fran.password());
        String code = People.unique("share");
        assertThat(s.post("/api/v1/activities", "{\"code\":\"" + code + "\",\"name\":\"" + code + "\",\"kind\":\"CONTRACT\",\"billable\":true}").status())
                .isEqualTo(201);
        // Sam: 10 days × 7 h in October = 70 h salaried
        for (int d = 1; d <= 10; d++) punch(s, code, y + "-10-" + (d < 10 ? "0" + d : "" + d), "09:00", "16:00", "-04:00", "PAID");
        // Fran: 3 days × 4 h in October as a volunteer = 12 h; 5 days × 6 h in November as a freelancer = 30 h
        for (int d = 20; d <= 22; d++) punch(f, code, y + "-10-" + d, "09:00", "13:00", "-04:00", "VOLUNTEER");
        for (int d = 10; d <= 14; d++) punch(f, code, y + "-11-" + d, "09:00", "15:00", "-05:00", "PAID");

        var r = k.get("/api/v1/budgets/reports/years?lastYear=" + fy + "&years=1");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode h = r.json().get(0).get("labourHours");
        assertThat(h.get("salaried").decimalValue()).isEqualByComparingTo("70.00");
        assertThat(h.get("freelance").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(h.get("volunteer").decimalValue()).isEqualByComparingTo("12.00");
        // of 112 h: 70 / 112 = 62.5 %; 30 / 112 = 26.79 → 26.8 %; 12 / 112 = 10.71 → 10.7 %
        assertThat(h.get("salariedShare").decimalValue()).isEqualByComparingTo("62.5");
        assertThat(h.get("freelanceShare").decimalValue()).isEqualByComparingTo("26.8");
        assertThat(h.get("volunteerShare").decimalValue()).isEqualByComparingTo("10.7");
        // a year with no hours has no shares
        JsonNode empty = k.get("/api/v1/budgets/reports/years?lastYear=" + (fy + 1) + "&years=1").json().get(0).get("labourHours");
        assertThat(empty.hasNonNull("salariedShare")).isFalse();

        for (String lang : new String[] {"fr", "en"}) {
            String page = PageSession.signIn(port, BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD)
                    .get("/budgets/analyses?lastYear=" + fy + "&years=1&lang=" + lang).text();
            assertThat(page).contains("id=\"hours-chart\"><svg").contains("id=\"hours-" + fy + "\"")
                    .contains(lang.equals("fr") ? "Heures salariées" : "Salaried hours");
        }
    }

    void engage(Api k, long person, String engagement, String since, String until) {
        var r = k.post("/api/v1/members/" + person + "/engagements", "{\"engagement\":\"" + engagement + "\",\"since\":\"" + since + "\""
                + (until == null ? "" : ",\"until\":\"" + until + "\"") + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    void punch(Api w, String activity, String day, String start, String end, String offset, String kind) {
        var t = w.post("/api/v1/time-entries", "{\"activity\":\"" + activity + "\",\"start\":\"" + day + "T" + start + offset
                + "\",\"end\":\"" + day + "T" + end + offset + "\",\"kind\":\"" + kind + "\"}");
        assertThat(t.status()).as(t.body()).isEqualTo(201);
    }
}
