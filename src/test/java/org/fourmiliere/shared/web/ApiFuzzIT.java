package org.fourmiliere.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.ApiFuzzer;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input to every operation of the API, generated from its OpenAPI document (see {@link ApiFuzzer}): 500
 * requests, no server error, every refusal a translated problem naming its field, and no refused request changing
 * any table. {@code bench/fuzz.sh} sends the same cases by the tens of thousands to a running application.
 */
@IntegrationTest
class ApiFuzzIT {

    @LocalServerPort int port;
    @Autowired DataSource dataSource;

    @Test
    void fiveHundredBadRequestsNoServerErrorEveryRefusalAProblemNothingChanged() throws Exception {
        String token = new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD)
                .post("/api/v1/tokens", "{\"name\":\"fuzz\"}").json().get("token").asString();
        try (Connection db = dataSource.getConnection()) {
            ApiFuzzer.Report report = new ApiFuzzer("http://localhost:" + port, token, db, 20).run(500);
            assertThat(report.requests()).isGreaterThanOrEqualTo(500);
            assertThat(report.byStatus().keySet()).as(report.summary()).allMatch(status -> status < 500);
            assertThat(report.failures()).as(report.summary()).isEmpty();
            assertThat(report.stateChecks()).as("refused requests checked against the tables").isPositive();
        }
    }
}
