package org.fourmiliere.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.PageSession;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Another person's private data (their time and pay, their time entries, their tokens) answers 404 to a worker who
 * asks for it by id, through the API and the pages, exactly as if it did not exist: the answer does not even tell
 * that it exists. Nothing is changed by the attempt. (A person's ratings have no route that takes another person:
 * JobComplexesIT walks every route of roles and complexes as another worker and as an administrator.)
 */
@IntegrationTest
class PrivateDataIT {

    @LocalServerPort int port;
    @Autowired People people;
    @Autowired Clock clock;

    @Test
    void anotherWorkersTimePayEntriesAndTokensAnswer404AndStayAsTheyWere() {
        Person a = people.workerWithAccount("Curious");
        Person b = people.workerWithAccount("Private");
        Api asA = new Api(port).basic(a.email(), a.password()).language("en");
        Api asB = new Api(port).basic(b.email(), b.password()).language("en");

        var token = asB.post("/api/v1/tokens", "{\"name\":\"private\"}");
        assertThat(token.status()).isEqualTo(201);
        long tokenId = token.json().get("id").asLong();
        LocalDate day = LocalDate.now(clock.withZone(TimeConfig.ZONE));
        String activity = "private-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(asB.post("/api/v1/activities", "{\"code\":\"" + activity + "\",\"name\":\"" + activity
                + "\",\"kind\":\"CONTRACT\",\"billable\":true}").status()).isEqualTo(201);
        var entry = asB.post("/api/v1/time-entries", "{\"day\":\"" + day + "\",\"minutes\":90,\"activity\":\"" + activity + "\"}");
        assertThat(entry.status()).as(entry.body()).isEqualTo(201);
        long entryId = entry.json().get("id").asLong();

        // time and pay of another worker, by their id
        assertNotFound(asA.get("/api/v1/timesheets?worker=" + b.id() + "&from=" + day + "&to=" + day));
        assertNotFound(asA.get("/api/v1/time-entries?worker=" + b.id() + "&from=" + day + "&to=" + day));
        assertNotFound(asA.get("/api/v1/time-entries/export?worker=" + b.id()));
        // one of their entries, read, changed or removed by its id
        assertNotFound(asA.get("/api/v1/time-entries/" + entryId));
        assertNotFound(asA.patch("/api/v1/time-entries/" + entryId, "{\"minutes\":1}"));
        assertNotFound(asA.delete("/api/v1/time-entries/" + entryId));
        // one of their tokens, revoked by its id, through the API and the account page
        assertNotFound(asA.delete("/api/v1/tokens/" + tokenId));
        PageSession page = PageSession.signIn(port, a.email(), a.password());
        assertThat(page.post("/account", "/account/tokens/" + tokenId + "/revoke", "").status()).isEqualTo(404);
        assertThat(page.get("/time/entries/" + entryId + "?lang=en").status()).isEqualTo(404);
        assertThat(asA.get("/api/v1/tokens").body()).doesNotContain("\"id\":" + tokenId + ",");

        // nothing changed: the token still works, the entry is whole
        assertThat(new Api(port).bearer(token.json().get("token").asString()).get("/api/v1/tokens").status()).isEqualTo(200);
        var same = asB.get("/api/v1/time-entries/" + entryId);
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.json().get("minutes").asInt()).isEqualTo(90);
        // and the worker's own data is theirs to read
        assertThat(asB.get("/api/v1/timesheets?worker=" + b.id() + "&from=" + day + "&to=" + day).status()).isEqualTo(200);
    }

    private static void assertNotFound(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
}
