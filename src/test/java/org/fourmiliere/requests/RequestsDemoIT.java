package org.fourmiliere.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.fourmiliere.support.Api;
import org.fourmiliere.support.DemoInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo collective has the `support` queue fed by support@demo.fourmiliere.org, and a few of its clients' tickets;
 * the queue's custom fields, filled on two of them, tags and a due date.
 */
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

    @Test
    void theSupportQueuesCustomFieldsFilledOnItsTicketsWithTagsAndADueDate() {
        Api api = new Api(port).basic("antoine@example.org", DemoInstance.PASSWORD);
        var fields = api.get("/api/v1/queues/support/fields");
        assertThat(fields.status()).as(fields.body()).isEqualTo(200);
        assertThat(fields.body()).contains("\"code\":\"site\"").contains("Site concerné").contains("Site concerned")
                .contains("\"code\":\"hebergement\"").contains("\"kind\":\"CHOICE\"");
        var mail = api.get("/api/v1/tickets?tag=courriel").json();
        assertThat(mail.size()).isEqualTo(1);
        var detail = api.get("/api/v1/tickets/" + mail.get(0).get("id").asLong());
        assertThat(detail.body()).contains("centre.example.com").contains("mutualisé");
        var page = api.get("/api/v1/tickets?q=annual").json();
        assertThat(page.get(0).get("dueOn").asString()).isEqualTo("2007-06-29");
        assertThat(page.get(0).get("pastDue").asBoolean()).isFalse();
    }
}
