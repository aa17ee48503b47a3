package org.fourmiliere.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.DemoInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The demo collective's rate grid, pipeline and contracts, consistent with the sales demo's customers. */
@DemoInstance
class ContractsDemoIT {

    @LocalServerPort
    int port;

    @Test
    void theGridThePipelineAndTheContractsOfJune2007() {
        Api api = new Api(port).basic("claire@example.org", DemoInstance.PASSWORD).language("fr");
        assertThat(api.get("/api/v1/rates?on=2007-06-15").json().size()).isEqualTo(21);
        List<String> stages = new ArrayList<>();
        api.get("/api/v1/opportunities").json().forEach(o -> stages.add(o.get("stage").asString()));
        assertThat(stages).contains("WON", "TRIAGE", "ANALYSIS", "QUOTE_SENT");
        JsonNode contracts = api.get("/api/v1/contracts").json();
        List<String> modes = new ArrayList<>();
        contracts.forEach(c -> modes.add(c.get("mode").asString()));
        assertThat(modes).contains("TIME_AND_MATERIALS", "FIXED_PRICE");
        contracts.forEach(c -> assertThat(c.get("activityId").asLong()).isPositive());
        // the contracts bill nothing: the demo's invoices are the sales demo's of 2006-07, none of them for hours of an activity
        for (JsonNode row : api.get("/api/v1/invoices").json()) {
            JsonNode invoice = api.get("/api/v1/invoices/" + row.get("id").asLong()).json();
            invoice.get("lines").forEach(l -> assertThat(l.hasNonNull("activity")).as(invoice.get("number").asString()).isFalse());
        }
    }
}
