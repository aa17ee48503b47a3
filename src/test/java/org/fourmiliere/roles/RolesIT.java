package org.fourmiliere.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.Status;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Koumbit's roles are there from the start; holding "accounting" gives KEEP_BOOKS, and ending it takes it away. */
@IntegrationTest
class RolesIT {

    @LocalServerPort int port;
    @Autowired Clock clock;
    @Autowired People people;
    Api admin;
    LocalDate today;

    @BeforeEach
    void setUp() {
        admin = new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("en");
        today = LocalDate.now(clock);
    }

    private Set<Status> statusesOf(Person p) {
        return people.statusesOf(p);
    }

    private static JsonNode role(JsonNode roles, String code) {
        for (JsonNode r : roles) if (r.get("code").asString().equals(code)) return r;
        throw new AssertionError("no role " + code);
    }

    @Test
    void koumbitsRolesAreSeededWithTheirBudgets() {
        var roles = admin.get("/api/v1/roles");
        assertThat(roles.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        roles.json().forEach(r -> codes.add(r.get("code").asString()));
        assertThat(codes).contains("sales", "coordination", "web-development", "system-administration", "secretariat",
                "accounting", "communication-marketing", "graphic-design", "contract-grant-research");
        JsonNode accounting = role(roles.json(), "accounting");
        assertThat(accounting.get("nameFr").asString()).isEqualTo("Comptabilité");
        assertThat(accounting.get("budgetAmount").decimalValue()).isEqualByComparingTo("4989.50");
        assertThat(accounting.get("currency").asString()).isEqualTo("CAD");
    }

    @Test
    void holdingAccountingGivesKeepBooksAtOnceAndEndingItTakesItAway() {
        Person p = people.withAccount("Bookkeeper");
        assertThat(Permission.of(statusesOf(p))).doesNotContain(Permission.KEEP_BOOKS);

        var added = admin.post("/api/v1/roles/accounting/holders", "{\"personId\":%d,\"since\":\"%s\"}".formatted(p.id(), today.minusDays(5)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(statusesOf(p)).contains(Status.ACCOUNTING).doesNotContain(Status.COORDINATION);
        assertThat(Permission.of(statusesOf(p))).contains(Permission.KEEP_BOOKS, Permission.LOCK_TIME, Permission.VIEW_ALL_TIME);

        long holderId = -1;
        for (JsonNode h : added.json().get("holders")) if (h.get("personId").asLong() == p.id()) holderId = h.get("id").asLong();
        var again = admin.post("/api/v1/roles/accounting/holders", "{\"personId\":%d}".formatted(p.id()));
        assertThat(again.status()).isEqualTo(409);

        var ended = admin.post("/api/v1/roles/accounting/holders/" + holderId + "/end", "{\"on\":\"%s\"}".formatted(today));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(statusesOf(p)).doesNotContain(Status.ACCOUNTING);
        assertThat(Permission.of(statusesOf(p))).doesNotContain(Permission.KEEP_BOOKS);

        List<String> actions = new ArrayList<>();
        admin.get("/api/v1/roles/accounting/history").json().forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).startsWith("holder-ended", "holder-added");
    }

    @Test
    void holdingCoordinationGivesTheCoordinationStatus() {
        Person p = people.withAccount("Coordinator");
        assertThat(admin.post("/api/v1/roles/coordination/holders", "{\"personId\":%d}".formatted(p.id())).status()).isEqualTo(201);
        assertThat(statusesOf(p)).contains(Status.COORDINATION).doesNotContain(Status.ACCOUNTING);
        assertThat(Permission.of(statusesOf(p))).contains(Permission.VIEW_ALL_TIME);
    }

    @Test
    void anEndBeforeTheStartIs400AndASecondEndIs409() {
        Person p = people.person("Seller");
        var added = admin.post("/api/v1/roles/sales/holders", "{\"personId\":%d,\"since\":\"%s\",\"note\":\"shares it\"}"
                .formatted(p.id(), today));
        JsonNode holder = null;
        for (JsonNode h : added.json().get("holders")) if (h.get("personId").asLong() == p.id()) holder = h;
        assertThat(holder.get("name").asString()).isEqualTo(p.name());
        assertThat(holder.get("note").asString()).isEqualTo("shares it");
        assertThat(holder.get("current").asBoolean()).isTrue();
        String end = "/api/v1/roles/sales/holders/" + holder.get("id").asLong() + "/end";

        var early = admin.post(end, "{\"on\":\"%s\"}".formatted(today.minusDays(1)));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("on");
        assertThat(admin.post(end, "{}").status()).isEqualTo(200);
        assertThat(admin.post(end, "{}").status()).as("ended already").isEqualTo(409);
        assertThat(admin.post("/api/v1/roles/sales/holders/999999999/end", "{}").status()).isEqualTo(404);
    }

    @Test
    void badHoldersAre400NamingTheFieldAndRightsAreChecked() {
        var empty = admin.post("/api/v1/roles/accounting/holders", "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("personId");
        var unknown = admin.post("/api/v1/roles/accounting/holders", "{\"personId\":999999999}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("personId");
        assertThat(admin.post("/api/v1/roles/juggling/holders", "{\"personId\":1}").status()).isEqualTo(404);

        assertThat(new Api(port).get("/api/v1/roles").status()).isEqualTo(401);
        Person nobody = people.withAccount("No role");
        Api self = new Api(port).basic(nobody.email(), nobody.password());
        assertThat(self.get("/api/v1/roles").status()).isEqualTo(403);
        assertThat(self.post("/api/v1/roles/accounting/holders", "{\"personId\":%d}".formatted(nobody.id())).status())
                .as("nobody gives themselves a role").isEqualTo(403);
    }
}
