package org.fourmiliere.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Automations of a queue, set by an administrator without scripting: on creation, a keyword sets the priority, the
 * ticket goes to the holder of the queue's role, the queue's people are told by e-mail; on a reply, the owner is told.
 */
@IntegrationTest
class RequestsAutomationIT {

    @Autowired People people;
    @Autowired TestMail mail;
    @LocalServerPort int port;

    @Test
    void keywordPriorityAssignmentToTheRoleHolderAndNotifications() {
        Api admin = new Api(port).basic("admin@test.local", "admin-password-1");
        Person holder = people.workerWithAccount("Comptable");
        String code = "compta-" + UUID.randomUUID().toString().substring(0, 6);
        String usedRole = "accounting";
        var holding = admin.post("/api/v1/roles/" + usedRole + "/holders", "{\"personId\":" + holder.id() + "}");
        assertThat(holding.status()).as(holding.body()).isEqualTo(201);
        var queue = admin.post("/api/v1/queues", "{\"code\":\"" + code + "\",\"nameFr\":\"Comptabilité\",\"nameEn\":\"Accounting\","
                + "\"roleCode\":\"" + usedRole + "\",\"firstResponseMinutes\":240}");
        assertThat(queue.status()).as(queue.body()).isEqualTo(201);
        for (String body : new String[] {
                "{\"onEvent\":\"CREATE\",\"action\":\"SET_PRIORITY\",\"keyword\":\"urgent\",\"priority\":9}",
                "{\"onEvent\":\"CREATE\",\"action\":\"ASSIGN_ROLE\"}",
                "{\"onEvent\":\"CREATE\",\"action\":\"NOTIFY_QUEUE\"}",
                "{\"onEvent\":\"REPLY\",\"action\":\"NOTIFY_OWNER\"}"}) {
            var r = admin.post("/api/v1/queues/" + code + "/automations", body);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        assertThat(admin.post("/api/v1/queues/" + code + "/automations", "{\"onEvent\":\"CREATE\",\"action\":\"RUN_SCRIPT\"}").body())
                .contains("action");

        Api staff = new Api(port).basic(holder.email(), holder.password());
        String client = RequestsIT.address("client");
        var created = staff.post("/api/v1/tickets", "{\"email\":\"" + client + "\",\"subject\":\"Paie URGENTE à corriger\","
                + "\"text\":\"C'est urgent.\",\"queue\":\"" + code + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        var ticket = staff.get("/api/v1/tickets/" + id).json();
        assertThat(ticket.get("ticket").get("priority").asInt()).isEqualTo(9);
        assertThat(ticket.get("ticket").get("ownerId")).isNotNull();
        assertThat(ticket.get("history").toString()).contains("automation");
        long owner = ticket.get("ticket").get("ownerId").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> mail.receivedBy(holder.email()).stream().anyMatch(m -> subject(m).contains("[fourmi #" + id + "]")));

        // a ticket without the keyword keeps priority 0
        var calm = staff.post("/api/v1/tickets", "{\"email\":\"" + client + "\",\"subject\":\"Question\",\"text\":\"Rien de pressé.\",\"queue\":\"" + code + "\"}");
        assertThat(calm.json().get("priority").asInt()).isZero();
        assertThat(owner).isPositive();
    }

    static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
