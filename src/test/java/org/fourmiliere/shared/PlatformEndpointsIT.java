package org.fourmiliere.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.fourmiliere.support.Api;
import org.fourmiliere.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI description, its browsable UI and the health endpoint answer without signing in. */
@IntegrationTest
class PlatformEndpointsIT {

    @LocalServerPort int port;

    @Test
    void openApiDescribesTheApiWithItsSecuritySchemes() {
        var docs = new Api(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        var json = docs.json();
        assertThat(json.get("info").get("title").asString()).isEqualTo("Fourmilière API");
        assertThat(json.get("paths").has("/api/v1/tokens")).isTrue();
        assertThat(json.get("components").get("securitySchemes").has("token")).isTrue();
    }

    @Test
    void theBrowsableUiIsServed() {
        var ui = new Api(port).send("GET", "/swagger-ui/index.html", null, null, null);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }

    @Test
    void healthIsUp() {
        var health = new Api(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }
}
