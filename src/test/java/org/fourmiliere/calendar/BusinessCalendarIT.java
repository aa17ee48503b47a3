package org.fourmiliere.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.Years;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The business-hours clock over HTTP: anyone signed in checks it; closing days takes MANAGE_BODIES. */
@IntegrationTest
class BusinessCalendarIT {

    private static final String API = "/api/v1/business-calendar";

    @LocalServerPort int port;
    @Autowired People people;
    @Autowired BusinessCalendars calendars;
    Api admin;
    Api someone;

    @BeforeEach
    void setUp() {
        admin = new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("en");
        Person p = people.withAccount("Anyone");
        someone = new Api(port).basic(p.email(), p.password()).language("fr");
    }

    private static List<String> fields(Api.Response r) {
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void theHolidaysOfAYearInTheReadersLanguage() {
        var fr = someone.get(API + "/holidays?year=2030");
        assertThat(fr.status()).as(fr.body()).isEqualTo(200);
        assertThat(fr.json()).hasSize(9);
        assertThat(fr.json().get(0).get("date").asString()).isEqualTo("2030-01-01");
        assertThat(fr.json().get(0).get("name").asString()).isEqualTo("Jour de l'An");
        assertThat(fr.json().get(4).get("date").asString()).isEqualTo("2030-06-24");
        var en = admin.get(API + "/holidays?year=2029");
        assertThat(en.json().get(4).get("date").asString()).isEqualTo("2029-06-25");
        assertThat(en.json().get(5).get("name").asString()).isEqualTo("Canada Day");
        assertThat(en.json().get(5).get("date").asString()).isEqualTo("2029-07-02");
        // this year by default: the test clock's 2030
        assertThat(someone.get(API + "/holidays").json().get(0).get("date").asString()).isEqualTo("2030-01-01");
    }

    @Test
    void theDeadlineOfTheIssuesExample() {
        var r = someone.get(API + "/deadline?from=2030-03-08T15:00:00-05:00&hours=48");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("from").asString()).isEqualTo("2030-03-08T15:00:00-05:00");
        assertThat(r.json().get("hours").asInt()).isEqualTo(48);
        assertThat(r.json().get("at").asString()).isEqualTo("2030-03-12T15:00:00-04:00");
        // 48 hours by default; an offset other than Montréal's is the same instant
        var utc = someone.get(API + "/deadline?from=2030-03-08T20:00:00Z");
        assertThat(utc.json().get("at").asString()).isEqualTo("2030-03-12T15:00:00-04:00");
        assertThat(utc.json().get("from").asString()).isEqualTo("2030-03-08T15:00:00-05:00");
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        var noOffset = someone.get(API + "/deadline?from=2030-03-08T15:00:00&hours=48");
        assertThat(noOffset.status()).as(noOffset.body()).isEqualTo(400);
        assertThat(fields(noOffset)).containsExactly("from");
        var notADate = someone.get(API + "/deadline?from=friday");
        assertThat(fields(notADate)).containsExactly("from");
        var missing = someone.get(API + "/deadline?hours=48");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).containsExactly("from");
        for (String hours : List.of("0", "-5", "10001", "many")) {
            var r = someone.get(API + "/deadline?from=2030-03-08T15:00:00-05:00&hours=" + hours);
            assertThat(r.status()).as(hours + ": " + r.body()).isEqualTo(400);
            assertThat(fields(r)).as(hours).containsExactly("hours");
        }
        var farOff = someone.get(API + "/deadline?from=2999-12-31T15:00:00-05:00");
        assertThat(farOff.status()).as(farOff.body()).isEqualTo(400);
        assertThat(fields(farOff)).containsExactly("from");
        for (String year : List.of("1899", "3000", "soon")) {
            var r = someone.get(API + "/holidays?year=" + year);
            assertThat(r.status()).as(year + ": " + r.body()).isEqualTo(400);
            assertThat(fields(r)).as(year).containsExactly("year");
        }
        var backwards = admin.post(API + "/closed-days", "{\"firstDay\":\"2030-12-31\",\"lastDay\":\"2030-12-26\",\"label\":\"x\"}");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(fields(backwards)).containsExactly("lastDay");
        var blank = admin.post(API + "/closed-days", "{\"firstDay\":\"2030-12-26\",\"label\":\" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(fields(blank)).containsExactly("label");
        var notADay = admin.post(API + "/closed-days", "{\"firstDay\":\"26/12/2030\",\"label\":\"x\"}");
        assertThat(notADay.status()).isEqualTo(400);
        assertThat(fields(notADay)).containsExactly("firstDay");
    }

    @Test
    void readingNeedsASignInAndClosingDaysNeedsManageBodies() {
        assertThat(new Api(port).get(API + "/holidays?year=2030").status()).isEqualTo(401);
        assertThat(new Api(port).get(API + "/deadline?from=2030-03-08T15:00:00-05:00").status()).isEqualTo(401);
        assertThat(someone.get(API + "/closed-days").status()).isEqualTo(200);
        assertThat(someone.post(API + "/closed-days", "{\"firstDay\":\"2030-12-26\",\"label\":\"Boxing Day\"}").status())
                .isEqualTo(403);
        assertThat(someone.delete(API + "/closed-days/1").status()).isEqualTo(403);
    }

    @Test
    void closedDaysAddedChangeADeadlineAndRemovedChangeItBack() {
        int year = Years.fresh();
        LocalDate friday = LocalDate.of(year, 6, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY));
        LocalDate monday = friday.plusDays(3);
        String from = friday + "T15:00:00";
        var before = someone.get(API + "/deadline?from=" + from + "-04:00");
        assertThat(before.json().get("at").asString()).isEqualTo(monday.plusDays(1) + "T15:00:00-04:00");

        var added = admin.post(API + "/closed-days",
                "{\"firstDay\":\"%s\",\"lastDay\":\"%s\",\"label\":\"Assemblée\"}".formatted(monday, monday.plusDays(1)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = added.json().get("id").asLong();
        assertThat(added.json().get("lastDay").asString()).isEqualTo(monday.plusDays(1).toString());

        var after = someone.get(API + "/deadline?from=" + from + "-04:00");
        assertThat(after.json().get("at").asString()).isEqualTo(monday.plusDays(3) + "T15:00:00-04:00");
        assertThat(calendars.current().isBusinessDay(monday)).isFalse();
        JsonNode ofYear = someone.get(API + "/closed-days?year=" + year).json();
        assertThat(ofYear).hasSize(1);
        assertThat(ofYear.get(0).get("label").asString()).isEqualTo("Assemblée");

        assertThat(admin.delete(API + "/closed-days/" + id).status()).isEqualTo(204);
        assertThat(someone.get(API + "/deadline?from=" + from + "-04:00").json().get("at").asString())
                .isEqualTo(monday.plusDays(1) + "T15:00:00-04:00");
        assertThat(calendars.current().isBusinessDay(monday)).isTrue();
        assertThat(admin.delete(API + "/closed-days/" + id).status()).isEqualTo(404);
    }
}
