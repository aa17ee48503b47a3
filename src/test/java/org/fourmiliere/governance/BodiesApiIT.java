package org.fourmiliere.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.members.MemberRegistration.RegisterOrganisation;
import org.fourmiliere.members.OrganisationKind;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The JSON API of committees, teams and board seats, as a script uses it. */
@IntegrationTest
class BodiesApiIT {

    @LocalServerPort int port;
    @Autowired MemberRegistration registration;
    @Autowired Clock clock;
    @Autowired AccountDirectory accounts;

    @Autowired People people;
    Api admin;
    LocalDate today;

    @BeforeEach
    void setUp() {
        admin = new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("en");
        today = LocalDate.now(clock);
    }

    private static List<String> fields(Api.Response r) {
        List<String> fields = new ArrayList<>();
        JsonNode errors = r.json().get("errors");
        if (errors != null) errors.forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static List<String> names(JsonNode members) {
        List<String> names = new ArrayList<>();
        members.forEach(m -> names.add(m.get("name").asString()));
        return names;
    }

    @Test
    void aCommitteeIsCreatedListedReadUpdatedJoinedLeftAndDissolved() {
        Person antenne = people.person("Antenne");
        Person member = people.person("Membre");
        Person later = people.person("Later");
        String name = People.unique("Communication");
        var created = admin.post("/api/v1/committees", """
                {"nameFr":"%s fr","nameEn":"%s","permanent":false,"mandate":"Publicity for the collective",
                 "createdOn":"%s","coordinatorId":%d,"memberIds":[%d]}""".formatted(name, name, today.minusDays(30),
                antenne.id(), member.id()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/v1/committees/"));
        JsonNode c = created.json();
        long id = c.get("id").asLong();
        assertThat(c.get("kind").asString()).isEqualTo("COMMITTEE");
        assertThat(c.get("permanent").asBoolean()).isFalse();
        assertThat(c.get("coordinator").get("name").asString()).isEqualTo(antenne.name());
        assertThat(names(c.get("members"))).containsExactlyInAnyOrder(antenne.name(), member.name());
        assertThat(c.get("code").asString()).startsWith("communication-");

        assertThat(admin.get("/api/v1/committees").body()).contains(name);
        assertThat(admin.get("/api/v1/teams").body()).doesNotContain(name);
        assertThat(admin.get("/api/v1/committees/" + id).json().get("mandate").asString()).isEqualTo("Publicity for the collective");
        assertThat(admin.get("/api/v1/teams/" + id).status()).as("a committee is not a team").isEqualTo(404);

        var updated = admin.put("/api/v1/committees/" + id, """
                {"nameFr":"%s fr","nameEn":"%s","permanent":true,"mandate":"Communication and publicity","coordinatorId":%d}"""
                .formatted(name, name, member.id()));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("coordinator").get("id").asLong()).isEqualTo(member.id());
        assertThat(updated.json().get("permanent").asBoolean()).isTrue();

        var joined = admin.post("/api/v1/committees/" + id + "/members", "{\"personId\":%d}".formatted(later.id()));
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        assertThat(names(joined.json().get("members"))).contains(later.name());
        var again = admin.post("/api/v1/committees/" + id + "/members", "{\"personId\":%d}".formatted(later.id()));
        assertThat(again.status()).as("already a member").isEqualTo(409);
        assertThat(fields(again)).containsExactly("personId");

        var left = admin.post("/api/v1/committees/" + id + "/members/" + antenne.id() + "/departure", "{}");
        assertThat(left.status()).as(left.body()).isEqualTo(200);
        assertThat(names(left.json().get("members"))).doesNotContain(antenne.name());
        assertThat(names(left.json().get("formerMembers"))).contains(antenne.name());

        var dissolved = admin.post("/api/v1/committees/" + id + "/dissolution", "{\"on\":\"%s\"}".formatted(today));
        assertThat(dissolved.status()).as(dissolved.body()).isEqualTo(200);
        assertThat(dissolved.json().get("active").asBoolean()).isFalse();
        assertThat(dissolved.json().get("members")).isEmpty();
        assertThat(admin.get("/api/v1/committees").body()).doesNotContain(name);
        assertThat(admin.get("/api/v1/committees?active=false").body()).contains(name);
        assertThat(admin.post("/api/v1/committees/" + id + "/dissolution", "{}").status()).isEqualTo(409);

        var history = admin.get("/api/v1/committees/" + id + "/history").json();
        List<String> actions = new ArrayList<>();
        history.forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).contains("created", "updated", "member-joined", "member-left", "dissolved");
        assertThat(history.get(0).get("actor").asString()).isEqualTo(BrowserTest.ADMIN_EMAIL);
    }

    @Test
    void badCommitteesAre400NamingEachFieldAndNothingIsWritten() {
        var empty = admin.post("/api/v1/committees", "{\"code\":\"Not A Code\",\"coordinatorId\":-1}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(fields(empty)).containsExactlyInAnyOrder("nameFr", "nameEn", "code", "coordinatorId");

        String name = People.unique("Ghost");
        var unknown = admin.post("/api/v1/committees", """
                {"nameFr":"%s","nameEn":"%s","memberIds":[999999999]}""".formatted(name, name));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("memberIds");
        assertThat(admin.get("/api/v1/committees?active=false").body()).doesNotContain(name);

        var badDate = admin.post("/api/v1/committees", "{\"nameFr\":\"x\",\"nameEn\":\"y\",\"createdOn\":\"soon\"}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(fields(badDate)).containsExactly("createdOn");

        String taken = People.unique("Hiring");
        assertThat(admin.post("/api/v1/committees", "{\"nameFr\":\"%s\",\"nameEn\":\"%s\"}".formatted(taken, taken)).status()).isEqualTo(201);
        var clash = admin.post("/api/v1/committees", "{\"nameFr\":\"%s\",\"nameEn\":\"other %s\"}".formatted(taken, taken));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(fields(clash)).containsExactly("nameFr");
        assertThat(admin.get("/api/v1/committees/999999999").status()).isEqualTo(404);
    }

    @Test
    void aTeamIsCreatedListedReadUpdatedAndDissolved() {
        Person worker = people.person("Dev");
        String name = People.unique("Drupal");
        var created = admin.post("/api/v1/teams", "{\"nameFr\":\"%s\",\"nameEn\":\"%s\",\"memberIds\":[%d]}"
                .formatted(name, name, worker.id()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("kind").asString()).isEqualTo("TEAM");
        assertThat(admin.get("/api/v1/teams").body()).contains(name);
        assertThat(names(admin.get("/api/v1/teams/" + id).json().get("members"))).containsExactly(worker.name());

        var updated = admin.put("/api/v1/teams/" + id, "{\"nameFr\":\"%s CiviCRM\",\"nameEn\":\"%s CiviCRM\"}".formatted(name, name));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("nameEn").asString()).isEqualTo(name + " CiviCRM");
        var blank = admin.put("/api/v1/teams/" + id, "{\"nameFr\":\"\"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(fields(blank)).containsExactlyInAnyOrder("nameFr", "nameEn");

        var early = admin.post("/api/v1/teams/" + id + "/dissolution", "{\"on\":\"1999-01-01\"}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(fields(early)).containsExactly("on");
        assertThat(admin.post("/api/v1/teams/" + id + "/dissolution", null).status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/teams/" + id).json().get("dissolvedOn").asString()).isEqualTo(today.toString());
    }

    @Test
    void boardSeatsAreCreatedHeldResignedAndFilledAgain() {
        Person first = people.person("Seat holder");
        Person second = people.person("Successor");
        var created = admin.post("/api/v1/board/seats", """
                {"kind":"INDIVIDUAL_MEMBER","label":"Individual 1","holderId":%d,"mandateStart":"%s","mandateEnd":"%s"}"""
                .formatted(first.id(), today.minusYears(1), today.plusDays(40)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode seat = created.json();
        long id = seat.get("id").asLong();
        assertThat(seat.get("vacant").asBoolean()).isFalse();
        assertThat(seat.get("current").get("holderName").asString()).isEqualTo(first.name());
        assertThat(admin.get("/api/v1/board/seats").body()).contains(first.name());
        assertThat(admin.get("/api/v1/board/seats/" + id).json().get("label").asString()).isEqualTo("Individual 1");

        var ends = admin.get("/api/v1/board/mandate-ends?days=60").json();
        List<Long> seatIds = new ArrayList<>();
        ends.forEach(e -> seatIds.add(e.get("seatId").asLong()));
        assertThat(seatIds).contains(id);
        var ends30 = admin.get("/api/v1/board/mandate-ends?days=30").body();
        assertThat(ends30).doesNotContain(first.name());
        assertThat(admin.get("/api/v1/board/mandate-ends?days=-1").status()).isEqualTo(400);

        var renamed = admin.put("/api/v1/board/seats/" + id, "{\"kind\":\"INDIVIDUAL_MEMBER\",\"label\":\"Individual A\"}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("label").asString()).isEqualTo("Individual A");

        var overlap = admin.post("/api/v1/board/seats/" + id + "/mandates", """
                {"holderId":%d,"mandateStart":"%s","mandateEnd":"%s"}""".formatted(second.id(), today, today.plusYears(2)));
        assertThat(overlap.status()).as("the seat is held").isEqualTo(409);

        var resigned = admin.post("/api/v1/board/seats/" + id + "/resignation", "{\"on\":\"%s\"}".formatted(today));
        assertThat(resigned.status()).as(resigned.body()).isEqualTo(200);
        assertThat(resigned.json().get("vacant").asBoolean()).isTrue();
        assertThat(resigned.json().get("mandates").get(0).get("resignedOn").asString()).isEqualTo(today.toString());
        assertThat(admin.post("/api/v1/board/seats/" + id + "/resignation", "{}").status()).as("vacant already").isEqualTo(409);

        var filled = admin.post("/api/v1/board/seats/" + id + "/mandates", """
                {"holderId":%d,"mandateStart":"%s","mandateEnd":"%s"}""".formatted(second.id(), today, today.plusYears(2)));
        assertThat(filled.status()).as(filled.body()).isEqualTo(201);
        assertThat(filled.json().get("current").get("holderName").asString()).isEqualTo(second.name());
        long mandateId = filled.json().get("current").get("id").asLong();
        var renewed = admin.put("/api/v1/board/seats/" + id + "/mandates/" + mandateId, """
                {"holderId":%d,"mandateStart":"%s","mandateEnd":"%s"}""".formatted(second.id(), today, today.plusYears(3)));
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        assertThat(renewed.json().get("current").get("mandateEnd").asString()).isEqualTo(today.plusYears(3).toString());

        List<String> actions = new ArrayList<>();
        admin.get("/api/v1/board/seats/" + id + "/history").json().forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).containsExactly("mandate-updated", "mandate-given", "resigned", "updated", "mandate-given", "created");
    }

    @Test
    void anOrganisationalSeatNamesTheOrganisation() {
        Person rep = people.person("Representative");
        long org = registration.registerOrganisation(RegisterOrganisation.of(People.unique("Coop"), OrganisationKind.COOP, rep.id()));
        var missing = admin.post("/api/v1/board/seats", """
                {"kind":"ORGANISATIONAL_MEMBER","holderId":%d,"mandateStart":"%s","mandateEnd":"%s"}"""
                .formatted(rep.id(), today, today.plusYears(1)));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).containsExactly("organisationId");
        var ok = admin.post("/api/v1/board/seats", """
                {"kind":"ORGANISATIONAL_MEMBER","holderId":%d,"organisationId":%d,"mandateStart":"%s","mandateEnd":"%s"}"""
                .formatted(rep.id(), org, today, today.plusYears(1)));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().get("current").get("organisationId").asLong()).isEqualTo(org);
        assertThat(ok.json().get("current").get("organisationName").asString()).startsWith("Coop");
    }

    @Test
    void badSeatsAre400NamingEachField() {
        var empty = admin.post("/api/v1/board/seats", "{\"label\":\"x\"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty)).containsExactly("kind");
        Person p = people.person("Backwards");
        var backwards = admin.post("/api/v1/board/seats", """
                {"kind":"WORK_COMMITTEE_DELEGATE","holderId":%d,"mandateStart":"%s","mandateEnd":"%s"}"""
                .formatted(p.id(), today, today.minusDays(1)));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(fields(backwards)).containsExactly("mandateEnd");
        var noStart = admin.post("/api/v1/board/seats", "{\"kind\":\"INDIVIDUAL_MEMBER\",\"holderId\":%d}".formatted(p.id()));
        assertThat(fields(noStart)).containsExactly("mandateStart");
        var unknown = admin.post("/api/v1/board/seats", """
                {"kind":"INDIVIDUAL_MEMBER","holderId":999999999,"mandateStart":"%s","mandateEnd":"%s"}"""
                .formatted(today, today.plusYears(1)));
        assertThat(fields(unknown)).containsExactly("holderId");
        var badKind = admin.post("/api/v1/board/seats", "{\"kind\":\"PRESIDENT\"}");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(fields(badKind)).containsExactly("kind");
        assertThat(admin.post("/api/v1/board/seats", "{not json").json().get("type").asString()).endsWith("/unreadable");
        assertThat(admin.get("/api/v1/board/seats/999999999").status()).isEqualTo(404);
    }

    @Test
    void withoutCredentialsIs401AndWithoutTheStatusIs403() {
        Api anonymous = new Api(port);
        assertThat(anonymous.get("/api/v1/committees").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/teams").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/board/seats").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/committees", "{}").status()).isEqualTo(401);

        Person nobody = people.withAccount("Nobody");
        Api api = new Api(port).basic(nobody.email(), nobody.password());
        assertThat(api.get("/api/v1/committees").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/board/seats").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/teams", "{\"nameFr\":\"x\",\"nameEn\":\"y\"}").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/board/seats", "{\"kind\":\"INDIVIDUAL_MEMBER\"}").status()).isEqualTo(403);
    }

    @Test
    void theEndpointsAreDescribedInTheOpenApiDocument() {
        var docs = new Api(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/committees", "/api/v1/teams/{id}/dissolution", "/api/v1/board/seats/{id}/resignation",
                "/api/v1/board/mandate-ends", "/api/v1/roles/{code}/holders");
    }

    @Test
    void oddInputIsAProblemNeverA500() {
        String[][] requests = {
                {"POST", "/api/v1/committees", "[]"},
                {"POST", "/api/v1/committees", "{\"nameFr\":\"a\",\"nameEn\":\"b\",\"memberIds\":[null]}"},
                {"POST", "/api/v1/committees", "{\"nameFr\":\"a\",\"nameEn\":\"b\",\"memberIds\":\"x\"}"},
                {"POST", "/api/v1/committees", "{\"nameFr\":\"%s\",\"nameEn\":\"b\"}".formatted("x".repeat(300))},
                {"POST", "/api/v1/committees", "{\"nameFr\":\"a\",\"nameEn\":\"b\",\"coordinatorId\":1e40}"},
                {"POST", "/api/v1/teams", ""},
                {"PUT", "/api/v1/teams/abc", "{}"},
                {"PUT", "/api/v1/teams/999999999", "{\"nameFr\":\"a\",\"nameEn\":\"b\"}"},
                {"POST", "/api/v1/teams/999999999/members", "{\"personId\":1}"},
                {"POST", "/api/v1/teams/999999999/members/1/departure", "{}"},
                {"POST", "/api/v1/board/seats", "{\"kind\":null}"},
                {"POST", "/api/v1/board/seats", "{\"kind\":\"INDIVIDUAL_MEMBER\",\"organisationId\":5}"},
                {"POST", "/api/v1/board/seats/999999999/mandates", "{}"},
                {"POST", "/api/v1/board/seats/999999999/resignation", "{\"on\":\"2007-13-45\"}"},
                {"PUT", "/api/v1/board/seats/999999999/mandates/1", "{}"},
                {"GET", "/api/v1/board/mandate-ends?days=abc", null},
                {"GET", "/api/v1/board/mandate-ends?days=99999", null},
                {"DELETE", "/api/v1/committees/1", null},
        };
        for (String[] r : requests) {
            var answer = admin.send(r[0], r[1], r[2], "application/json", null);
            assertThat(answer.status()).as(r[0] + " " + r[1] + " " + r[2] + " → " + answer.body()).isBetween(400, 499);
            assertThat(answer.json().get("status").asInt()).as(r[0] + " " + r[1]).isEqualTo(answer.status());
            if (!r[0].equals("DELETE")) { // a 405 is written by the shared advice as application/json
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(r[0] + " " + r[1] + " " + r[2]).contains("problem+json");
            }
        }
        // a seat that cannot be given is not created half-way
        int before = admin.get("/api/v1/board/seats").json().size();
        var refused = admin.post("/api/v1/board/seats", """
                {"kind":"ORGANISATIONAL_MEMBER","holderId":%d,"organisationId":999999999,"mandateStart":"%s","mandateEnd":"%s"}"""
                .formatted(people.person("Half").id(), today, today.plusYears(1)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/board/seats").json().size()).isEqualTo(before);
    }
}
