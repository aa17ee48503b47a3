package org.fourmiliere.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.DemoInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo collective's quick decisions on its day (2007-06-15): the domain name adopted in May and in the register,
 * the backup server vetoed onto a production meeting's agenda, the t-shirts open with business time left.
 */
@DemoInstance
class QuickDecisionsDemoIT {

    @LocalServerPort int port;

    @Test
    void adoptedVetoedAndOpen() {
        Api api = new Api(port).basic("antoine@example.org", DemoInstance.PASSWORD);
        JsonNode open = api.get("/api/v1/quick-decisions").json();
        assertThat(open.size()).isEqualTo(1);
        assertThat(open.get(0).get("title").asString()).startsWith("Commander des t-shirts");
        assertThat(open.get(0).get("deadline").asString()).startsWith("2007-06-18T15:00");
        assertThat(open.get(0).get("businessMinutesLeft").asLong()).isBetween(1L, 48 * 60L);

        JsonNode adopted = api.get("/api/v1/quick-decisions?status=ADOPTED").json();
        assertThat(adopted.size()).isEqualTo(1);
        JsonNode decision = api.get("/api/v1/decisions/" + adopted.get(0).get("decisionId").asLong()).json();
        assertThat(decision.get("how").asString()).isEqualTo("QUICK_DECISION");
        assertThat(decision.get("decidedOn").asString()).isEqualTo("2007-05-24");

        JsonNode vetoed = api.get("/api/v1/quick-decisions?status=VETOED").json();
        assertThat(vetoed.size()).isEqualTo(1);
        long meeting = vetoed.get(0).get("meetingId").asLong();
        JsonNode m = api.get("/api/v1/meetings/" + meeting).json();
        assertThat(List.of("PRODUCTION", "REFLECTION")).contains(m.get("meeting").get("type").asString());
        assertThat(m.toString()).contains("Acheter un deuxième serveur de sauvegarde");

        JsonNode detail = api.get("/api/v1/quick-decisions/" + open.get(0).get("id").asLong()).json();
        assertThat(detail.get("answers").size()).isEqualTo(2);
    }
}
