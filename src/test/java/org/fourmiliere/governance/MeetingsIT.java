package org.fourmiliere.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.governance.internal.meetings.CalendarFeeds;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.governance.internal.meetings.MeetingType;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Meetings through the API: agenda, attendance, minutes without lost edits, schedules, iCalendar feeds, the register. */
@IntegrationTest
class MeetingsIT extends MeetingTestBase {

    @Autowired CalendarFeeds feeds;

    private JsonNode createMeeting(long bodyId, String type, LocalDate day) {
        var r = admin.post("/api/v1/meetings", """
                {"bodyId": %d, "type": "%s", "day": "%s", "start": "18:00", "end": "21:00", "place": "Salle 3, 2e étage; entrée B"}"""
                .formatted(bodyId, type, day));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void aMeetingWithItsAgendaAndAttendance() {
        LocalDate day = facts.today().plusDays(10);
        long id = createMeeting(facts.workCommittee(), "REFLECTION", day).get("id").asLong();
        assertThat(admin.post("/api/v1/meetings/" + id + "/agenda", "{\"title\":\"Budget\",\"text\":\"Le budget 2027\"}").status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/meetings/" + id + "/agenda", "{\"title\":\"Welcome\",\"position\":1}").status()).isEqualTo(201);
        Person p = people.person("Attendee");
        var marked = admin.put("/api/v1/meetings/" + id + "/attendance/" + p.id(), "{\"presence\":\"EXCUSED\"}");
        assertThat(marked.status()).isEqualTo(200);
        JsonNode view = admin.get("/api/v1/meetings/" + id).json();
        assertThat(view.get("agenda").get(0).get("title").asString()).isEqualTo("Welcome");
        assertThat(view.get("agenda").get(1).get("title").asString()).isEqualTo("Budget");
        assertThat(view.get("attendance").get(0).get("presence").asString()).isEqualTo("EXCUSED");
        assertThat(view.get("meeting").get("type").asString()).isEqualTo("REFLECTION");
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        var missing = admin.post("/api/v1/meetings", "{\"bodyId\": 1, \"day\": \"2026-12-01\", \"start\": \"18:00\", \"end\": \"21:00\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
        var backwards = admin.post("/api/v1/meetings", """
                {"bodyId": %d, "type": "REFLECTION", "day": "2026-12-01", "start": "18:00", "end": "17:00"}""".formatted(facts.workCommittee()));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("end");
        var wrongBody = admin.post("/api/v1/meetings", """
                {"bodyId": %d, "type": "COMMITTEE", "day": "2026-12-01", "start": "18:00", "end": "19:00"}""".formatted(facts.workCommittee()));
        assertThat(wrongBody.status()).isEqualTo(400);
        assertThat(wrongBody.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
        assertThat(admin.post("/api/v1/meetings", "{\"bodyId\": 99999999, \"type\": \"REFLECTION\", \"day\": \"2026-12-01\", \"start\": \"18:00\", \"end\": \"19:00\"}").status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/meetings", "{nope").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/meetings/99999999").status()).isEqualTo(404);
        assertThat(admin.put("/api/v1/meetings/99999999/minutes", "{\"version\":0,\"text\":\"x\"}").status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/decisions", "{\"bodyId\": 1, \"how\": \"VOTE\"}").json().get("errors").get(0).get("field").asString()).isEqualTo("text");
    }

    @Test
    void concurrentMinuteEditsNeverOverwriteEachOtherSilently() {
        Person ana = people.withAccount("Ana"), ben = people.withAccount("Ben"), outsider = people.withAccount("Late");
        for (Person p : List.of(ana, ben, outsider)) {
            registration.engageWorker(new MemberRegistration.EngageWorker(p.id(), org.fourmiliere.members.Engagement.VOLUNTEER, facts.today().minusYears(1), null));
        }
        Meeting m = facts.reflection(facts.today(), ana.id(), ben.id());
        Api a = new Api(port).basic(ana.email(), ana.password()).language("en");
        Api b = new Api(port).basic(ben.email(), ben.password()).language("en");
        int version = a.get("/api/v1/meetings/" + m.id()).json().get("meeting").get("minutesVersion").asInt();
        // both start from the same version
        var first = a.put("/api/v1/meetings/" + m.id() + "/minutes", "{\"version\":%d,\"text\":\"# Minutes\\n- Ana's notes\"}".formatted(version));
        assertThat(first.status()).isEqualTo(200);
        var second = b.put("/api/v1/meetings/" + m.id() + "/minutes", "{\"version\":%d,\"text\":\"# Minutes\\n- Ben's notes\"}".formatted(version));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("currentText").asString()).contains("Ana's notes");
        assertThat(second.json().get("yourText").asString()).contains("Ben's notes");
        assertThat(second.json().get("currentVersion").asInt()).isEqualTo(version + 1);
        assertThat(second.json().get("detail").asString()).contains(ana.email());
        assertThat(meetings.get(m.id()).minutes()).contains("Ana's notes").doesNotContain("Ben's notes");
        // Ben merges and saves on the new version
        var merged = b.put("/api/v1/meetings/" + m.id() + "/minutes",
                "{\"version\":%d,\"text\":\"# Minutes\\n- Ana's notes\\n- Ben's notes\"}".formatted(version + 1));
        assertThat(merged.status()).isEqualTo(200);
        assertThat(meetings.get(m.id()).minutes()).contains("Ana's notes").contains("Ben's notes");
        // someone not present may not write
        var late = new Api(port).basic(outsider.email(), outsider.password())
                .put("/api/v1/meetings/" + m.id() + "/minutes", "{\"version\":%d,\"text\":\"x\"}".formatted(version + 2));
        assertThat(late.status()).isEqualTo(409);
    }

    @Test
    void recurringSchedulesCreateTheComingMeetingsOnce() {
        long committee = facts.committee("Monthly");
        var weekly = admin.post("/api/v1/meeting-schedules", """
                {"bodyId": %d, "type": "COMMITTEE", "recurrence": "WEEKLY", "dayOfWeek": "MONDAY", "start": "13:30", "durationMinutes": 180}"""
                .formatted(committee));
        assertThat(weekly.status()).as(weekly.body()).isEqualTo(201);
        var monthly = admin.post("/api/v1/meeting-schedules", """
                {"bodyId": %d, "type": "COMMITTEE", "recurrence": "MONTHLY", "dayOfWeek": "TUESDAY", "weekOfMonth": 1, "start": "18:00", "durationMinutes": 120}"""
                .formatted(committee));
        assertThat(monthly.status()).isEqualTo(201);
        List<Meeting> created = meetings.between(facts.today(), facts.today().plusDays(MeetingService.HORIZON_DAYS), committee);
        List<Meeting> mondays = created.stream().filter(m -> m.scheduleId() == weekly.json().get("id").asLong()).toList();
        assertThat(mondays).hasSizeGreaterThanOrEqualTo(8).allMatch(m -> m.day().getDayOfWeek() == DayOfWeek.MONDAY);
        assertThat(created.stream().filter(m -> m.scheduleId() == monthly.json().get("id").asLong()))
                .isNotEmpty().allMatch(m -> m.day().getDayOfWeek() == DayOfWeek.TUESDAY && m.day().getDayOfMonth() <= 7);
        assertThat(meetings.generate(facts.today())).isZero();
        assertThat(admin.post("/api/v1/meeting-schedules", """
                {"bodyId": %d, "type": "COMMITTEE", "recurrence": "MONTHLY", "dayOfWeek": "TUESDAY", "start": "18:00", "durationMinutes": 120}"""
                .formatted(committee)).status()).isEqualTo(400);
    }

    @Test
    void iCalendarFeedsParseWithARealLibrary() throws Exception {
        long committee = facts.committee("Calendar");
        LocalDate day = facts.today().plusDays(5);
        long id = createMeeting(committee, "COMMITTEE", day).get("id").asLong();
        String longTitle = "Point très long, avec virgules; et points-virgules, pour vérifier le pliage des lignes du calendrier";
        admin.post("/api/v1/meetings/" + id + "/agenda", "{\"title\":\"" + longTitle + "\"}");
        Person p = people.person("Subscriber");
        admin.put("/api/v1/meetings/" + id + "/attendance/" + p.id(), "{\"presence\":\"PRESENT\"}");

        String body = get("/calendar/bodies/" + committee + ".ics");
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        VEvent event = events.stream().filter(e -> e.getProperty(Property.UID).map(u -> u.getValue().equals("meeting-" + id + "@fourmiliere")).orElse(false))
                .findFirst().orElseThrow();
        Meeting m = meetings.get(id);
        String start = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(m.startsAt());
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo(start);
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).startsWith("Réunion de comité");
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Salle 3, 2e étage; entrée B");
        assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).contains(longTitle);
        assertThat(body.lines().mapToInt(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).max().orElse(0)).isLessThanOrEqualTo(75);

        String token = feeds.tokenOf(p.id());
        Calendar mine = new CalendarBuilder().build(new StringReader(get("/calendar/persons/" + token + ".ics")));
        assertThat(mine.<VEvent>getComponents("VEVENT")).anyMatch(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals("meeting-" + id + "@fourmiliere"));
        assertThat(status("/calendar/persons/nope.ics")).isEqualTo(404);
    }

    @Test
    void theDecisionRegisterRecordsSearchesReversesAndExports() throws Exception {
        long committee = facts.committee("Sales");
        Person x = people.person("Xavier"), y = people.person("Yolande");
        Meeting cm = facts.attended(committee, MeetingType.COMMITTEE, facts.today().minusDays(3), x.id(), y.id());
        String word = "zephyr" + People.unique("").strip();
        var consensus = admin.post("/api/v1/decisions", """
                {"bodyId": %d, "meetingId": %d, "text": "Adopter la stratégie de l'équipe %s", "how": "CONSENSUS", "tags": ["ventes", "Stratégie"], "isPublic": true}"""
                .formatted(committee, cm.id(), word));
        assertThat(consensus.status()).as(consensus.body()).isEqualTo(201);
        assertThat(consensus.json().get("participants")).hasSize(2);
        assertThat(consensus.json().get("participants").get(0).get("role").asString()).isEqualTo("PRESENT");
        var vote = admin.post("/api/v1/decisions", """
                {"bodyId": %d, "meetingId": %d, "text": "Internal pricing %s", "how": "VOTE", "votersFor": [%d], "votersAgainst": [%d], "status": "REJECTED"}"""
                .formatted(committee, cm.id(), word, x.id(), y.id()));
        assertThat(vote.status()).isEqualTo(201);
        assertThat(vote.json().get("votesAgainst").asInt()).isEqualTo(1);
        var quick = admin.post("/api/v1/decisions", """
                {"bodyId": %d, "text": "Quick purchase %s", "how": "QUICK_DECISION"}""".formatted(facts.workCommittee(), word));
        assertThat(quick.status()).isEqualTo(201);

        // search: every word, accents and case ignored, with filters
        JsonNode found = admin.get("/api/v1/decisions?q=EQUIPE%20" + word).json();
        assertThat(found).hasSize(1);
        assertThat(admin.get("/api/v1/decisions?q=" + word + "&how=VOTE").json()).hasSize(1);
        assertThat(admin.get("/api/v1/decisions?q=" + word + "&status=REJECTED").json()).hasSize(1);
        assertThat(admin.get("/api/v1/decisions?q=" + word + "&tag=strategie").json()).hasSize(0);
        assertThat(admin.get("/api/v1/decisions?q=" + word + "&tag=ventes").json()).hasSize(1);
        assertThat(admin.get("/api/v1/decisions?q=" + word + "&year=" + facts.today().getYear()).json()).hasSize(3);

        // a higher body reverses; a lower one may not
        long consensusId = consensus.json().get("id").asLong();
        long quickId = quick.json().get("id").asLong();
        assertThat(admin.post("/api/v1/decisions/" + quickId + "/reversal", "{\"reversedBy\": " + consensusId + "}").status()).isEqualTo(400);
        var reversed = admin.post("/api/v1/decisions/" + consensusId + "/reversal", "{\"reversedBy\": " + quickId + "}");
        assertThat(reversed.status()).isEqualTo(200);
        assertThat(reversed.json().get("status").asString()).isEqualTo("REVERSED");
        assertThat(reversed.json().get("reversedBy").asLong()).isEqualTo(quickId);

        // exports
        var csv = admin.get("/api/v1/decisions/export.csv?year=" + facts.today().getYear());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("id,date,body").contains("Internal pricing " + word).contains(x.name());
        String md = admin.get("/api/v1/decisions/export.md?year=" + facts.today().getYear()).body();
        assertThat(md).contains("# Decision register " + facts.today().getYear()).contains("Quick purchase " + word);

        // public page without signing in: public decisions only
        String publicPage = get("/decisions/public?q=" + word);
        assertThat(publicPage).contains("Adopter la stratégie").doesNotContain("Internal pricing");
        assertThat(status("/decisions")).isIn(302, 401);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private int status(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
