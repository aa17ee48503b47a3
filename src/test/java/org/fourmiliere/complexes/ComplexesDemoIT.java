package org.fourmiliere.complexes;

import static org.assertj.core.api.Assertions.assertThat;

import org.fourmiliere.support.Api;
import org.fourmiliere.support.DemoInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo collective's tasks, one per role's internal activity plus web development and graphic design, a rating
 * round closed a month before the demo's day with every worker's ratings, and the complexes of the spring of 2007
 * from the demo's hours.
 */
@DemoInstance
class ComplexesDemoIT {

    @LocalServerPort
    int port;

    private Api claire() {
        return new Api(port).basic("claire@example.org", DemoInstance.PASSWORD).language("fr");
    }

    @Test
    void koumbitsTasksAClosedRoundAndTheComplexesOfTheSpring() {
        JsonNode tasks = claire().get("/api/v1/tasks").json();
        assertThat(tasks.size()).isEqualTo(11);
        // the web development role's task takes the web development contracts
        for (JsonNode t : tasks) {
            assertThat(t.path("clientService").asString(null))
                    .isEqualTo(t.get("code").asString().equals("dev-drupal") ? "WEB_DEVELOPMENT" : null);
        }
        JsonNode rounds = claire().get("/api/v1/rating-rounds").json();
        assertThat(rounds.size()).isEqualTo(1);
        JsonNode round = rounds.get(0);
        assertThat(round.get("inForce").asBoolean()).isTrue();
        assertThat(round.get("raters").asInt()).isEqualTo(10);
        for (JsonNode t : round.get("tasks")) {
            assertThat(t.get("raters").asInt()).isEqualTo(10);
            assertThat(t.get("desirability")).isNotNull();
            assertThat(t.get("desirability").isNull()).isFalse();
        }
        var report = claire().get("/api/v1/job-complexes?from=2007-04-01&to=2007-06-15");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("complexes").size()).isGreaterThanOrEqualTo(5);
        assertThat(report.json().get("desirability").get("standardDeviation").decimalValue().signum()).isPositive();
        assertThat(report.json().get("largestLeastDesirableCarrier")).isNotNull();
        assertThat(claire().get("/api/v1/tasks").body()).contains("Saisie, paies et rapprochements");
    }
}
