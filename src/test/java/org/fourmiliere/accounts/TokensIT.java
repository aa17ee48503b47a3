package org.fourmiliere.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A script obtains a token with HTTP Basic, then works with it; a revoked token stops working. */
@IntegrationTest
class TokensIT {

    @LocalServerPort
    int port;

    @Test
    void basicGivesAFirstTokenWhichThenAuthenticates() {
        Api api = new Api(port);
        var created = api.basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).post("/api/v1/tokens", "{\"name\":\"script\"}");
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asString();
        assertThat(token).startsWith("fmt_");

        var list = api.bearer(token).get("/api/v1/tokens");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("script").doesNotContain(token);

        long id = created.json().get("id").asLong();
        assertThat(api.bearer(token).delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
        var after = api.bearer(token).get("/api/v1/tokens");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
    }

    @Test
    void noCredentialsIs401WithATranslatedProblem() {
        var fr = new Api(port).language("fr").get("/api/v1/tokens");
        assertThat(fr.status()).isEqualTo(401);
        assertThat(fr.json().get("detail").asString()).contains("Authentification requise");
        var en = new Api(port).language("en").get("/api/v1/tokens");
        assertThat(en.json().get("detail").asString()).contains("Authentication required");
    }

    @Test
    void wrongPasswordIs401AndAnInvalidTokenIs401() {
        assertThat(new Api(port).basic(BrowserTest.ADMIN_EMAIL, "wrong").get("/api/v1/tokens").status()).isEqualTo(401);
        assertThat(new Api(port).bearer("fmt_nope").get("/api/v1/tokens").status()).isEqualTo(401);
    }

    @Test
    void aTokenWithoutANameIs400NamingTheField() {
        var r = new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("en")
                .post("/api/v1/tokens", "{\"name\":\"\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }
}
