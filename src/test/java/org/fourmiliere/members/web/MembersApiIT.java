package org.fourmiliere.members.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The members and organisations API, as a script uses it: real HTTP, real database. */
@IntegrationTest
class MembersApiIT {

    @LocalServerPort int port;
    @Autowired Clock clock;
    @Autowired AccountDirectory accounts;
    @Autowired MemberRegistration registration;

    Api admin() {
        return new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("en");
    }

    static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static List<String> fields(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("errors").forEach(e -> out.add(e.get("field").asString()));
        return out;
    }

    static List<Long> ids(JsonNode list) {
        List<Long> out = new ArrayList<>();
        list.forEach(e -> out.add(e.get("id").asLong()));
        return out;
    }

    long createIndividual(String name, String email) {
        var r = admin().post("/api/v1/members",
                "{\"kind\":\"INDIVIDUAL\",\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"language\":\"fr\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void aMemberIsCreatedFromKindNameEmailAndLanguageWithAMembershipFromToday() {
        String t = token();
        var r = admin().post("/api/v1/members",
                "{\"kind\":\"INDIVIDUAL\",\"name\":\"Léa Gagnon " + t + "\",\"email\":\"Lea." + t + "@Example.org\",\"language\":\"fr\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode m = r.json();
        long id = m.get("id").asLong();
        assertThat(r.headers().firstValue("Location")).hasValue("/api/v1/members/" + id);
        assertThat(m.get("kind").asString()).isEqualTo("INDIVIDUAL");
        assertThat(m.get("email").asString()).isEqualTo("lea." + t + "@example.org");
        assertThat(m.get("membership").get("since").asString()).isEqualTo(LocalDate.now(clock).toString());
        assertThat(m.get("membership").get("inForce").asBoolean()).isTrue();
        assertThat(m.get("goodStanding").asBoolean()).isFalse();

        var read = admin().get("/api/v1/members/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").asString()).isEqualTo("Léa Gagnon " + t);
        assertThat(read.json().get("language").asString()).isEqualTo("fr");
    }

    @Test
    void aMemberMayStartAnotherDayOrHaveNoMembership() {
        String t = token();
        var r = admin().post("/api/v1/members", "{\"kind\":\"INDIVIDUAL\",\"name\":\"Since " + t + "\",\"email\":\"since-" + t
                + "@example.org\",\"language\":\"en\",\"memberSince\":\"2020-09-01\"}");
        assertThat(r.json().get("membership").get("since").asString()).isEqualTo("2020-09-01");
        var none = admin().post("/api/v1/members", "{\"kind\":\"INDIVIDUAL\",\"name\":\"None " + t + "\",\"email\":\"none-" + t
                + "@example.org\",\"language\":\"en\",\"membership\":false}");
        assertThat(none.status()).isEqualTo(201);
        assertThat(none.json().has("membership")).isFalse();
    }

    @Test
    void theListIsSearchedByNameOrEmailAndFiltered() {
        String t = token();
        long a = createIndividual("Zoé Search" + t, "zoe-" + t + "@example.org");
        long b = createIndividual("Marc Search" + t, "marc-" + t + "@example.org");
        var byName = admin().get("/api/v1/members?q=search" + t);
        assertThat(byName.status()).isEqualTo(200);
        assertThat(ids(byName.json())).containsExactlyInAnyOrder(a, b);
        assertThat(ids(admin().get("/api/v1/members?q=zoe-" + t).json())).containsExactly(a);
        assertThat(ids(admin().get("/api/v1/members?q=search" + t + "&kind=ORGANISATION").json())).isEmpty();

        // dues of the current fiscal year put one member in good standing
        var year = FiscalYear.containing(LocalDate.now(clock), FiscalYear.DEFAULT_START);
        var dues = admin().post("/api/v1/members/" + a + "/dues", "{\"fiscalYear\":" + year.endYear()
                + ",\"amount\":25.00,\"paidOn\":\"" + LocalDate.now(clock) + "\",\"method\":\"CASH\"}");
        assertThat(dues.status()).as(dues.body()).isEqualTo(201);
        assertThat(dues.json().get("fiscalYear").asString()).isEqualTo(year.label());
        assertThat(admin().get("/api/v1/members/" + a).json().get("goodStanding").asBoolean()).isTrue();
        assertThat(ids(admin().get("/api/v1/members?q=search" + t + "&goodStanding=true").json())).containsExactly(a);
        assertThat(ids(admin().get("/api/v1/members?q=search" + t + "&goodStanding=false").json())).containsExactly(b);

        var engaged = admin().post("/api/v1/members/" + b + "/engagements",
                "{\"engagement\":\"FREELANCE\",\"since\":\"" + LocalDate.now(clock) + "\"}");
        assertThat(engaged.status()).as(engaged.body()).isEqualTo(201);
        assertThat(ids(admin().get("/api/v1/members?q=search" + t + "&worker=true").json())).containsExactly(b);
        assertThat(admin().get("/api/v1/members/" + b).json().get("worker").get("engagement").asString()).isEqualTo("FREELANCE");
    }

    @Test
    void aMemberIsUpdatedAndTheChangeIsInItsHistory() {
        String t = token();
        long id = createIndividual("Upd " + t, "upd-" + t + "@example.org");
        var r = admin().patch("/api/v1/members/" + id, "{\"phone\":\"514-555-0199\",\"language\":\"en\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("phone").asString()).isEqualTo("514-555-0199");
        assertThat(r.json().get("language").asString()).isEqualTo("en");
        assertThat(r.json().get("name").asString()).isEqualTo("Upd " + t);
        var history = admin().get("/api/v1/members/" + id + "/history").json();
        assertThat(history.get(0).get("action").asString()).isEqualTo("updated");
        assertThat(history.get(0).get("actor").asString()).isEqualTo(BrowserTest.ADMIN_EMAIL);
        assertThat(history.get(0).toString()).contains("514-555-0199");

        var stale = admin().patch("/api/v1/members/" + id, "{\"name\":\"Other\",\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin().patch("/api/v1/members/" + id, "{\"kind\":\"ORGANISATION\"}").status()).isEqualTo(400);
        assertThat(admin().patch("/api/v1/members/999999999", "{\"name\":\"X\"}").status()).isEqualTo(404);
    }

    @Test
    void organisationsHaveAKindAndARepresentative() {
        String t = token();
        long rep = createIndividual("Rep " + t, "rep-" + t + "@example.org");
        var r = admin().post("/api/v1/organisations", "{\"name\":\"Coop du Plateau " + t + "\",\"kind\":\"COOP\",\"representativeId\":"
                + rep + ",\"email\":\"info-" + t + "@coop.example\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long org = r.json().get("id").asLong();
        assertThat(r.json().get("kind").asString()).isEqualTo("COOP");
        assertThat(r.json().get("representative").get("id").asLong()).isEqualTo(rep);
        assertThat(r.json().has("membership")).as("not a member unless told").isFalse();

        assertThat(ids(admin().get("/api/v1/organisations?q=plateau%20" + t).json())).containsExactly(org);
        assertThat(admin().get("/api/v1/organisations/" + org).json().get("name").asString()).isEqualTo("Coop du Plateau " + t);
        var upd = admin().patch("/api/v1/organisations/" + org, "{\"kind\":\"NON_PROFIT\",\"phone\":\"514-555-0000\"}");
        assertThat(upd.status()).as(upd.body()).isEqualTo(200);
        assertThat(upd.json().get("kind").asString()).isEqualTo("NON_PROFIT");
        assertThat(admin().get("/api/v1/organisations/" + rep).status()).as("a person is not an organisation").isEqualTo(404);

        // an organisational member through the members resource
        var m = admin().post("/api/v1/members", "{\"kind\":\"ORGANISATION\",\"name\":\"Syndicat " + t
                + "\",\"organisationKind\":\"UNION\",\"representativeId\":" + rep + ",\"language\":\"fr\"}");
        assertThat(m.status()).as(m.body()).isEqualTo(201);
        assertThat(m.json().get("organisationKind").asString()).isEqualTo("UNION");
        assertThat(m.json().get("membership").get("inForce").asBoolean()).isTrue();
        assertThat(m.json().get("representative").get("name").asString()).isEqualTo("Rep " + t);
    }

    @Test
    void badInputIs400NamingEachField() {
        var r = admin().post("/api/v1/members",
                "{\"kind\":\"ALIEN\",\"name\":\"\",\"email\":\"not-an-email\",\"language\":\"de\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(fields(r.json())).containsExactlyInAnyOrder("kind", "name", "email", "language");
        assertThat(r.body()).contains("INDIVIDUAL").contains("fr (French)");

        var missing = admin().language("fr").post("/api/v1/members", "{\"kind\":\"INDIVIDUAL\",\"language\":\"fr\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing.json())).containsExactlyInAnyOrder("name", "email");
        assertThat(missing.body()).contains("Ce champ est requis").contains("courriel");

        var org = admin().post("/api/v1/organisations", "{\"name\":\"X\",\"kind\":\"CLUB\",\"language\":\"xx\"}");
        assertThat(fields(org.json())).containsExactlyInAnyOrder("kind", "language");
        var orgMember = admin().post("/api/v1/members", "{\"kind\":\"ORGANISATION\",\"name\":\"X\"}");
        assertThat(fields(orgMember.json())).containsExactly("organisationKind");
        var date = admin().post("/api/v1/members", "{\"kind\":\"INDIVIDUAL\",\"name\":\"X\",\"email\":\"x-" + token()
                + "@example.org\",\"memberSince\":\"yesterday\"}");
        assertThat(fields(date.json())).containsExactly("memberSince");
        var notAPerson = admin().post("/api/v1/organisations", "{\"name\":\"X\",\"kind\":\"COOP\",\"representativeId\":999999999}");
        assertThat(notAPerson.status()).isEqualTo(400);
        assertThat(fields(notAPerson.json())).containsExactly("representativeId");

        assertThat(admin().post("/api/v1/members", "{not json").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/members?kind=ALIEN").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/members/999999999").status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/members/abc").status()).isEqualTo(400);
    }

    @Test
    void aDuplicateEmailIs409WithAClearMessageAndNothingIsWritten() {
        String t = token();
        createIndividual("First " + t, "dup-" + t + "@example.org");
        var r = admin().post("/api/v1/members", "{\"kind\":\"INDIVIDUAL\",\"name\":\"Second " + t + "\",\"email\":\"DUP-" + t
                + "@example.org\",\"language\":\"en\"}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asString())
                .isEqualTo("The e-mail dup-" + t + "@example.org already belongs to another entry of the registry.");
        assertThat(fields(r.json())).containsExactly("email");
        assertThat(admin().get("/api/v1/members?q=second%20" + t).json().size()).isZero();

        long other = createIndividual("Third " + t, "third-" + t + "@example.org");
        var patch = admin().language("fr").patch("/api/v1/members/" + other, "{\"email\":\"dup-" + t + "@example.org\"}");
        assertThat(patch.status()).isEqualTo(409);
        assertThat(patch.json().get("detail").asString()).contains("déjà celui d'une autre fiche");
    }

    @Test
    void withoutCredentialsIs401AndWithoutThePermissionIs403() {
        assertThat(new Api(port).get("/api/v1/members").status()).isEqualTo(401);
        assertThat(new Api(port).post("/api/v1/members", "{}").status()).isEqualTo(401);
        assertThat(new Api(port).get("/api/v1/organisations").status()).isEqualTo(401);

        String t = token();
        String nobody = "nobody-" + t + "@example.org";
        accounts.createAccount(nobody, "nobody-password-1", null, "en", false);
        Api plain = new Api(port).basic(nobody, "nobody-password-1");
        var r = plain.get("/api/v1/members");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(plain.get("/api/v1/organisations").status()).isEqualTo(403);

        // a member in good standing may read the registry but not change it
        LocalDate today = LocalDate.now(clock);
        long person = registration.registerPerson(MemberRegistration.RegisterPerson.of("Reader " + t, "reader-" + t + "@example.org", "en"));
        registration.recordMembership(MemberRegistration.RecordMembership.individual(person, today, null));
        registration.recordDues(new MemberRegistration.RecordDues(person, FiscalYear.containing(today, FiscalYear.DEFAULT_START),
                org.fourmiliere.shared.Money.cad("20.00"), today, org.fourmiliere.members.DuesMethod.CASH));
        accounts.createAccount("reader-" + t + "@example.org", "reader-password-1", person, "en", false);
        Api reader = new Api(port).basic("reader-" + t + "@example.org", "reader-password-1");
        assertThat(reader.get("/api/v1/members?q=" + t).status()).isEqualTo(200);
        assertThat(reader.post("/api/v1/members", "{\"kind\":\"INDIVIDUAL\",\"name\":\"X\",\"email\":\"x-" + t
                + "@example.org\"}").status()).isEqualTo(403);
        assertThat(reader.patch("/api/v1/members/" + person, "{\"name\":\"Me\"}").status()).isEqualTo(403);
        assertThat(reader.post("/api/v1/organisations", "{\"name\":\"X\",\"kind\":\"COOP\"}").status()).isEqualTo(403);
    }

    @Test
    void oddInputIsRefusedCleanlyNeverA500() {
        String t = token();
        long person = createIndividual("Odd " + t, "odd-" + t + "@example.org");
        String longName = "x".repeat(201);
        assertThat(fields(admin().post("/api/v1/members", "{\"kind\":\"INDIVIDUAL\",\"name\":\"" + longName
                + "\",\"email\":\"l-" + t + "@example.org\",\"phone\":\"" + "9".repeat(41) + "\"}").json()))
                .containsExactlyInAnyOrder("name", "phone");
        var org = admin().post("/api/v1/organisations", "{\"name\":\"Org " + t + "\",\"kind\":\"UNION\"}");
        long orgId = org.json().get("id").asLong();
        var orgAsRep = admin().post("/api/v1/organisations", "{\"name\":\"Org2 " + t + "\",\"kind\":\"UNION\",\"representativeId\":" + orgId + "}");
        assertThat(orgAsRep.status()).isEqualTo(400);
        assertThat(fields(orgAsRep.json())).containsExactly("representativeId");

        String dues = "{\"fiscalYear\":2026,\"amount\":%s,\"paidOn\":\"2025-10-01\",\"method\":\"%s\"}";
        var cents = admin().post("/api/v1/members/" + person + "/dues", dues.formatted("1.234", "CASH"));
        assertThat(cents.status()).isEqualTo(400);
        assertThat(fields(cents.json())).containsExactly("amount");
        assertThat(fields(admin().post("/api/v1/members/" + person + "/dues", dues.formatted("10", "BITCOIN")).json()))
                .containsExactly("method");
        assertThat(admin().post("/api/v1/members/" + person + "/dues", dues.formatted("10", "CASH")).status()).isEqualTo(201);
        var twice = admin().post("/api/v1/members/" + person + "/dues", dues.formatted("10", "CASH"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asString()).contains("2025-26");

        var overlap = admin().post("/api/v1/members/" + person + "/memberships", "{\"since\":\"2020-01-01\"}");
        assertThat(overlap.status()).isEqualTo(409);
        var backwards = admin().post("/api/v1/members/" + person + "/memberships", "{\"since\":\"2020-01-01\",\"until\":\"2019-01-01\"}");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(fields(backwards.json())).containsExactly("until");
        assertThat(admin().post("/api/v1/members/" + orgId + "/engagements",
                "{\"engagement\":\"VOLUNTEER\",\"since\":\"2025-01-01\"}").status()).isEqualTo(404);
        assertThat(fields(admin().post("/api/v1/members/" + person + "/engagements",
                "{\"engagement\":\"BOSS\",\"since\":\"soon\"}").json())).containsExactlyInAnyOrder("engagement", "since");
        assertThat(admin().post("/api/v1/members", "[1,2]").status()).isEqualTo(400);
        assertThat(admin().post("/api/v1/members", "").status()).isEqualTo(400);
        assertThat(admin().patch("/api/v1/members/" + person, "{\"email\":\"\"}").status()).isEqualTo(400);
        // an empty kind is no change, never a 500
        assertThat(admin().patch("/api/v1/members/" + person, "{\"kind\":\"\"}").status()).isEqualTo(200);
        assertThat(admin().patch("/api/v1/organisations/" + orgId, "{\"kind\":\"\"}").status()).isEqualTo(200);
        assertThat(admin().patch("/api/v1/members/" + orgId, "{\"organisationKind\":\"\"}").status()).isEqualTo(200);
        assertThat(admin().get("/api/v1/members?q=%25_%5C").status()).isEqualTo(200);
    }
}
