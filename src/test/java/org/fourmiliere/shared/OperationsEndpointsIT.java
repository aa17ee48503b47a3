package org.fourmiliere.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.fourmiliere.support.Api;
import org.fourmiliere.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health with liveness and readiness for an orchestrator; every answer names its request id. */
@IntegrationTest
class OperationsEndpointsIT {

    @LocalServerPort int port;

    @Test
    void livenessAndReadinessAreServedToAnyone() {
        Api api = new Api(port);
        assertThat(api.get("/actuator/health/liveness").body()).contains("\"UP\"");
        assertThat(api.get("/actuator/health/readiness").body()).contains("\"UP\"");
        assertThat(api.get("/actuator/health").body()).contains("liveness").contains("readiness");
    }

    @Test
    void everyAnswerCarriesARequestIdAndKeepsASaneOneGiven() {
        var r = new Api(port).get("/api/v1/tokens");
        assertThat(r.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSizeGreaterThan(8));
        var other = new Api(port).get("/actuator/health");
        assertThat(other.headers().firstValue("X-Request-Id")).isNotEqualTo(r.headers().firstValue("X-Request-Id"));
    }
}
