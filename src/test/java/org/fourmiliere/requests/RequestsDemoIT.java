package org.fourmiliere.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.fourmiliere.support.Api;
import org.fourmiliere.support.DemoInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo collective has the `support` queue fed by support@demo.fourmiliere.org, and a few of its clients' tickets. */
@DemoInstance
class RequestsDemoIT {

    @LocalServerPort int port;

    @Test
    void theSupportQueueAndItsTickets() {
        Api api = new Api(port).basic("antoine@example.org", DemoInstance.PASSWORD);
        var queues = api.get("/api/v1/queues");
        assertThat(queues.status()).as(queues.body()).isEqualTo(200);
        assertThat(queues.body()).contains("\"code\":\"support\"").contains("support@demo.fourmiliere.org");
        var found = api.get("/api/v1/tickets?q=factures");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("Facture de mai").contains("WAITING");
        assertThat(api.get("/api/v1/tickets").json().size()).isEqualTo(3);
    }
}
