package org.fourmiliere.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.DemoInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The demo collective's customers (the seeds' partners and a client who is not a member) and its order book. */
@DemoInstance
class SalesDemoIT {

    @LocalServerPort
    int port;

    /** Claire keeps the books of the demo collective. */
    Api claire() {
        return new Api(port).basic("claire@example.org", DemoInstance.PASSWORD).language("fr");
    }

    @Test
    void theCustomersAndTheOrderBookOfJune2007() {
        Api api = claire();
        List<String> names = new ArrayList<>();
        api.get("/api/v1/customers").json().forEach(c -> names.add(c.get("name").asString()));
        assertThat(names).contains("Studio XX").anyMatch(n -> n.contains("CMAQ")).anyMatch(n -> n.startsWith("FACIL"))
                .contains("Alternatives").anyMatch(n -> n.startsWith("LabCMO"));
        JsonNode quotes = api.get("/api/v1/quotes").json();
        List<String> statuses = new ArrayList<>();
        quotes.forEach(q -> statuses.add(q.get("status").asString()));
        assertThat(statuses).contains("ACCEPTED", "SENT", "REFUSED");
        JsonNode orders = api.get("/api/v1/sales-orders").json();
        assertThat(orders.size()).isGreaterThanOrEqualTo(4);
        orders.forEach(o -> assertThat(o.get("number").asString()).startsWith("C-2007-"));
        // nothing posted twice: the demo's books keep the annual report's receivables
        assertThat(api.get("/api/v1/invoices").json().size()).isZero();
    }
}
