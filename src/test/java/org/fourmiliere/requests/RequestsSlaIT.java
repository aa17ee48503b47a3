package org.fourmiliere.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.fourmiliere.requests.internal.RequestJobs;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.TestClock;
import org.fourmiliere.support.TestMail;
import org.fourmiliere.support.Years;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Service targets on the running application: a ticket of `support` (first response in 4 office hours, 9:00–17:00)
 * opened on the Friday before Labour Day at 16:00 is on time on Monday (a holiday), at risk on Tuesday at 11:00 and
 * breached at 12:00 — each announced once by e-mail to the queue's people (here its owner); waiting for the requester
 * stops the clock; escalation moves it to the second level with its history.
 */
@IntegrationTest
class RequestsSlaIT {

    @Autowired TestClock clock;
    @Autowired TestMail mail;
    @Autowired People people;
    @Autowired RequestJobs jobs;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    static LocalDate fridayBeforeLabourDay(int year) {
        LocalDate labourDay = LocalDate.of(year, 9, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        return labourDay.minusDays(3);
    }

    /** Sets the clock a second after the minute given: the ticket was opened a few milliseconds after its own minute. */
    void at(LocalDate day, int hour, int minute) {
        clock.set(LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(TimeConfig.ZONE).toInstant()
                .plusSeconds(hour == 16 && minute == 0 && day.getDayOfWeek() == DayOfWeek.FRIDAY ? 0 : 1));
    }

    static String minute(tools.jackson.databind.JsonNode instant) {
        return java.time.Instant.parse(instant.asString()).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
    }

    long announcements(String address, long id, String words) {
        return mail.receivedBy(address).stream().filter(m -> {
            try {
                return m.getSubject().contains("[fourmi #" + id + "]") && String.valueOf(m.getContent()).contains(words);
            } catch (Exception e) {
                return false;
            }
        }).count();
    }

    @Test
    void openedFridayAt16AtRiskAndBreachedOnTuesdayAcrossTheWeekendAndTheHolidayAnnouncedOnceEach() {
        LocalDate friday = fridayBeforeLabourDay(Years.fresh());
        Person owner = people.workerWithAccount("Agent");
        Api staff = new Api(port).basic(owner.email(), owner.password());
        at(friday, 16, 0);
        String mid = "<" + UUID.randomUUID() + "@client.example>";
        var r = new Api(port).bearer(RequestsIT.TOKEN).send("POST", "/api/v1/mail/inbound",
                RequestsIT.raw(mid, RequestsIT.address("client"), "Site en panne", "Plus rien ne marche.", ""), "message/rfc822", null);
        assertThat(r.status()).isEqualTo(202);
        long id = jdbc.sql("SELECT id FROM ticket WHERE source_message_id = :m").param("m", mid).query(Long.class).single();
        assertThat(staff.post("/api/v1/tickets/" + id + "/owner", "{\"ownerId\":" + owner.id() + "}").status()).isEqualTo(200);
        var view = staff.get("/api/v1/tickets/" + id).json().get("ticket");
        assertThat(minute(view.get("firstResponseDue"))).isEqualTo(
                LocalDateTime.of(friday.plusDays(4), java.time.LocalTime.NOON).atZone(TimeConfig.ZONE).toInstant().toString());

        at(friday.plusDays(3), 16, 0); // Labour Day: not counted
        jobs.run();
        assertThat(staff.get("/api/v1/tickets/" + id).json().get("ticket").get("sla").asString()).isEqualTo("OK");
        at(friday.plusDays(4), 10, 58);
        jobs.run();
        assertThat(staff.get("/api/v1/tickets/" + id).json().get("ticket").get("sla").asString()).isEqualTo("OK");
        at(friday.plusDays(4), 11, 0);
        jobs.run();
        jobs.run();
        assertThat(staff.get("/api/v1/tickets/" + id).json().get("ticket").get("sla").asString()).isEqualTo("AT_RISK");
        await().atMost(Duration.ofSeconds(30)).until(() -> announcements(owner.email(), id, "approche de son délai") == 1);
        at(friday.plusDays(4), 12, 0);
        jobs.run();
        jobs.run();
        assertThat(staff.get("/api/v1/tickets/" + id).json().get("ticket").get("sla").asString()).isEqualTo("BREACHED");
        await().atMost(Duration.ofSeconds(30)).until(() -> announcements(owner.email(), id, "a dépassé son délai") == 1);
        assertThat(announcements(owner.email(), id, "approche de son délai")).isEqualTo(1);

        // escalation: the same ticket in the second-level queue, its history kept
        var escalated = staff.post("/api/v1/tickets/" + id + "/escalate", "");
        assertThat(escalated.status()).as(escalated.body()).isEqualTo(200);
        assertThat(escalated.json().get("queue").asString()).isEqualTo("support2");
        var history = staff.get("/api/v1/tickets/" + id).json().get("history").toString();
        assertThat(history).contains("created").contains("at-risk").contains("breached").contains("escalated");
    }

    @Test
    void waitingForTheRequesterStopsTheClock() {
        LocalDate friday = fridayBeforeLabourDay(Years.fresh());
        Person worker = people.workerWithAccount("Agent");
        Api staff = new Api(port).basic(worker.email(), worker.password());
        at(friday, 16, 0);
        String mid = "<" + UUID.randomUUID() + "@client.example>";
        String client = RequestsIT.address("client");
        new Api(port).bearer(RequestsIT.TOKEN).send("POST", "/api/v1/mail/inbound",
                RequestsIT.raw(mid, client, "Accès", "Bonjour", ""), "message/rfc822", null);
        long id = jdbc.sql("SELECT id FROM ticket WHERE source_message_id = :m").param("m", mid).query(Long.class).single();
        at(friday.plusDays(4), 10, 0);
        assertThat(staff.post("/api/v1/tickets/" + id + "/status", "{\"status\":\"WAITING\"}").status()).isEqualTo(200);
        at(friday.plusDays(11), 10, 0);
        var waiting = staff.get("/api/v1/tickets/" + id).json().get("ticket");
        assertThat(waiting.get("sla").asString()).isEqualTo("OK");
        assertThat(waiting.get("firstResponseDue")).isNull();
        // the requester answers by mail: the clock runs again, two office hours left
        new Api(port).bearer(RequestsIT.TOKEN).send("POST", "/api/v1/mail/inbound",
                RequestsIT.raw("<" + UUID.randomUUID() + "@client.example>", client, "Re: [fourmi #" + id + "] Accès", "Voilà", ""),
                "message/rfc822", null);
        var open = staff.get("/api/v1/tickets/" + id).json().get("ticket");
        assertThat(open.get("status").asString()).isEqualTo("OPEN");
        assertThat(minute(open.get("firstResponseDue"))).isEqualTo(
                LocalDateTime.of(friday.plusDays(11), java.time.LocalTime.NOON).atZone(TimeConfig.ZONE).toInstant().toString());
    }
}
