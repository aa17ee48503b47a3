package org.fourmiliere.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Health with liveness and readiness for an orchestrator; metrics for Prometheus to administrators only; every answer
 * names its request id.
 */
@IntegrationTest
class OperationsEndpointsIT {

    @LocalServerPort int port;
    @Autowired People people;

    @Test
    void metricsForPrometheusGiveRequestRatesErrorsAndJobQueuesToAnAdministratorOnly() {
        var worker = people.workerWithAccount("Metrics");
        assertThat(new Api(port).get("/actuator/prometheus").status()).isIn(302, 401);
        assertThat(new Api(port).basic(worker.email(), worker.password()).get("/actuator/prometheus").status()).isEqualTo(403);
        Api admin = new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD);
        assertThat(admin.get("/api/v1/tokens").status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/tokens", "{}").status()).isEqualTo(400);
        var metrics = admin.get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(metrics.body())
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*uri=\"/api/v1/tokens\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"400\"")
                .contains("fourmiliere_jobs_due ").contains("fourmiliere_jobs_running ").contains("fourmiliere_jobs_failing ")
                .contains("fourmiliere_mail_outbox{status=\"queued\"}").contains("fourmiliere_mail_outbox{status=\"failed\"}")
                .contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

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
