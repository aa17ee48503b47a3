package org.fourmiliere.governance;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.governance.internal.bodies.BoardService;
import org.fourmiliere.governance.internal.bodies.BodyCommands;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.governance.internal.bodies.SeatKind;
import org.fourmiliere.governance.internal.eligibility.EligibilityWindow;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.governance.internal.meetings.MeetingType;
import org.fourmiliere.governance.internal.meetings.Presence;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Eligibility computed from the facts (§4), through the API: each criterion failing alone, the boundaries, meeting
 * time excluded, probation and confirmation, warning then loss, exceptions, board reversal, and permissions that
 * follow the status at once.
 */
@IntegrationTest
class EligibilityIT extends MeetingTestBase {

    @Autowired BoardService board;
    @Autowired TestMail smtp;
    @Autowired BodyDirectory directory;

    static JsonNode resultOf(JsonNode results, long personId) {
        for (JsonNode r : results) if (r.get("personId").asLong() == personId) return r;
        throw new AssertionError("no result for " + personId);
    }

    static String status(JsonNode results, long personId) {
        return resultOf(results, personId).get("status").asString();
    }

    static List<String> reasons(JsonNode result) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        result.get("reasons").forEach(r -> out.add(r.get("text").asString()));
        return out;
    }

    int verifications() {
        return jdbc.sql("SELECT COUNT(*) FROM eligibility_verification").query(Integer.class).single();
    }

    @Test
    void eachCriterionAloneFailsAndTheBoundariesHold() {
        LocalDate asOf = facts.today().withDayOfMonth(1);
        EligibilityWindow w = EligibilityWindow.of(asOf);
        long a = facts.committee("Sales"), b = facts.committee("Sysadmin");
        Person full = people.person("Full"), oneCommittee = people.person("OneCommittee"),
                oneReflection = people.person("OneReflection"), shortHours = people.person("ShortHours");
        // committee meetings on the first and on the last day of the window count
        facts.attended(a, MeetingType.COMMITTEE, w.from(), full.id(), oneReflection.id(), shortHours.id());
        facts.attended(b, MeetingType.COMMITTEE, w.to(), full.id(), oneCommittee.id(), oneReflection.id(), shortHours.id());
        // the day before the window does not
        facts.attended(a, MeetingType.COMMITTEE, w.from().minusDays(1), oneCommittee.id());
        LocalDate firstTuesday = w.from().with(TemporalAdjusters.firstInMonth(java.time.DayOfWeek.TUESDAY));
        LocalDate secondTuesday = w.to().with(TemporalAdjusters.firstInMonth(java.time.DayOfWeek.TUESDAY));
        facts.reflection(firstTuesday, full.id(), oneCommittee.id(), oneReflection.id(), shortHours.id());
        facts.reflection(secondTuesday, full.id(), oneCommittee.id(), shortHours.id());
        for (Person p : List.of(full, oneCommittee, oneReflection)) {
            facts.work(p.id(), w.from().plusDays(3), 600); // exactly 10 hours
            facts.work(p.id(), w.to().minusDays(3), 360);
            facts.work(p.id(), w.to(), 240);
        }
        facts.work(shortHours.id(), w.from().plusDays(3), 900);
        facts.work(shortHours.id(), w.to().minusDays(3), 599);

        int before = verifications();
        var r = admin.get("/api/v1/eligibility?at=" + asOf);
        assertThat(r.status()).isEqualTo(200);
        JsonNode results = r.json().get("results");
        assertThat(r.json().get("windowFrom").asString()).isEqualTo(w.from().toString());
        assertThat(status(results, full.id())).isEqualTo("CANDIDATE");
        assertThat(status(results, oneCommittee.id())).isEqualTo("NOT_ELIGIBLE");
        assertThat(status(results, oneReflection.id())).isEqualTo("NOT_ELIGIBLE");
        assertThat(status(results, shortHours.id())).isEqualTo("NOT_ELIGIBLE");
        JsonNode reflectionReason = resultOf(results, oneReflection.id()).get("reasons").get(1);
        assertThat(reflectionReason.get("code").asString()).isEqualTo("reflections");
        assertThat(reflectionReason.get("met").asBoolean()).isFalse();
        assertThat(reflectionReason.get("values").get(0).asString()).isEqualTo("1");
        assertThat(reflectionReason.get("values").get(2).asString()).isEqualTo(firstTuesday.toString());
        assertThat(reflectionReason.get("text").asString()).startsWith("Attended 1 reflection meeting(s) of the 2 required: ");
        JsonNode committeeReason = resultOf(results, oneCommittee.id()).get("reasons").get(0);
        assertThat(committeeReason.get("met").asBoolean()).isFalse();
        assertThat(committeeReason.get("values").get(0).asString()).isEqualTo("1");
        assertThat(resultOf(results, shortHours.id()).get("secondMonthMinutes").asLong()).isEqualTo(599);
        assertThat(resultOf(results, full.id()).get("secondMonthMinutes").asLong()).isEqualTo(600);
        // computing saves nothing
        assertThat(verifications()).isEqualTo(before);
        // French reasons too
        var fr = new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("fr")
                .get("/api/v1/eligibility?at=" + asOf);
        assertThat(resultOf(fr.json().get("results"), oneReflection.id()).get("reasons").get(1).get("text").asString())
                .startsWith("A participé à 1 réunion(s) de réflexion sur les 2 requises");
    }

    @Test
    void meetingTimeRecordedFromAttendanceDoesNotCountAsWork() {
        LocalDate asOf = facts.today().withDayOfMonth(1);
        EligibilityWindow w = EligibilityWindow.of(asOf);
        long a = facts.committee("Finance"), b = facts.committee("Communication");
        Person p = people.person("Meeter");
        facts.attended(a, MeetingType.COMMITTEE, w.from().plusDays(5), p.id());
        facts.attended(b, MeetingType.COMMITTEE, w.to().minusDays(5), p.id());
        for (LocalDate month : List.of(w.from(), w.to().withDayOfMonth(1))) {
            Meeting m = facts.meeting(facts.workCommittee(), MeetingType.REFLECTION,
                    month.with(TemporalAdjusters.firstInMonth(java.time.DayOfWeek.TUESDAY)));
            // three hours of meeting time go into the time tracker, on the meeting's activity
            var marked = admin.put("/api/v1/meetings/" + m.id() + "/attendance/" + p.id(), "{\"presence\":\"PRESENT\",\"recordTime\":true}");
            assertThat(marked.status()).isEqualTo(200);
            facts.work(p.id(), month.plusDays(10), 540);
        }
        long meetingEntries = jdbc.sql("SELECT COUNT(*) FROM ts_entry WHERE worker_id = :p AND meeting = TRUE")
                .param("p", p.id()).query(Long.class).single();
        assertThat(meetingEntries).isEqualTo(2);
        JsonNode result = resultOf(admin.get("/api/v1/eligibility?at=" + asOf).json().get("results"), p.id());
        assertThat(result.get("status").asString()).isEqualTo("NOT_ELIGIBLE");
        assertThat(result.get("firstMonthMinutes").asLong()).isEqualTo(540);
        assertThat(result.get("reflections").asInt()).isEqualTo(2);
        // marking absent removes the meeting time again
        Meeting any = meetings.between(w.from(), w.to(), facts.workCommittee()).stream()
                .filter(m -> meetings.attendance(m.id()).stream().anyMatch(x -> x.personId() == p.id())).findFirst().orElseThrow();
        meetings.mark(any.id(), p.id(), Presence.ABSENT, true);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ts_entry WHERE worker_id = :p AND meeting = TRUE")
                .param("p", p.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void probationConfirmationThenWarningThenLoss() {
        LocalDate t = facts.today();
        long a = facts.committee("Hosting"), b = facts.committee("Training");
        Person p = people.withAccount("Candidate");
        long hiring = hiringCommittee();
        Person recruiter = people.withAccount("Recruiter");
        registration.engageWorker(new MemberRegistration.EngageWorker(recruiter.id(), org.fourmiliere.members.Engagement.VOLUNTEER, t.minusYears(1), null));
        bodies.join(hiring, recruiter.id(), t.minusYears(1), null);

        LocalDate v1 = t.minusMonths(2), v2 = t.minusMonths(1), v3 = t, v4 = t.plusMonths(1), v5 = t.plusMonths(2);
        facts.qualify(v1, a, b, 700, p.id());
        assertThat(verify(v1).status()).isEqualTo(201);
        assertThat(admin.get("/api/v1/eligibility/persons/" + p.id()).json().get(0).get("status").asString()).isEqualTo("CANDIDATE");
        assertThat(directory.memberIds(facts.workCommittee(), t)).contains(p.id());

        // the hiring committee confirms; someone outside it may not
        Api outsider = new Api(port).basic(p.email(), p.password());
        assertThat(outsider.post("/api/v1/eligibility/persons/" + p.id() + "/confirmation", "{}").status()).isIn(403, 409);
        var confirmed = new Api(port).basic(recruiter.email(), recruiter.password()).post("/api/v1/eligibility/persons/" + p.id() + "/confirmation", "{}");
        assertThat(confirmed.status()).isEqualTo(200);

        facts.qualify(v2, a, b, 700, p.id());
        verify(v2);
        assertThat(latest(p)).isEqualTo("CANDIDATE"); // probation of two months not over
        facts.qualify(v3, a, b, 700, p.id());
        verify(v3);
        assertThat(latest(p)).isEqualTo("MEMBER");

        // under 20 hours over two months: warned first, keeps the membership
        facts.attended(a, MeetingType.COMMITTEE, v4.withDayOfMonth(1).minusMonths(1).plusDays(2), p.id());
        facts.attended(b, MeetingType.COMMITTEE, v4.withDayOfMonth(1).minusMonths(1).plusDays(3), p.id());
        facts.reflection(v4.withDayOfMonth(1).minusMonths(1).with(TemporalAdjusters.firstInMonth(java.time.DayOfWeek.TUESDAY)), p.id());
        facts.work(p.id(), v4.withDayOfMonth(1).minusMonths(1).plusDays(4), 100);
        verify(v4);
        assertThat(latest(p)).isEqualTo("WARNED");
        assertThat(directory.memberIds(facts.workCommittee(), v4)).contains(p.id());

        // nothing changed by the next verification: the status is withdrawn
        facts.attended(a, MeetingType.COMMITTEE, v5.withDayOfMonth(1).minusMonths(1).plusDays(2), p.id());
        facts.attended(b, MeetingType.COMMITTEE, v5.withDayOfMonth(1).minusMonths(1).plusDays(3), p.id());
        facts.reflection(v5.withDayOfMonth(1).minusMonths(1).with(TemporalAdjusters.firstInMonth(java.time.DayOfWeek.TUESDAY)), p.id());
        facts.reflection(v5.withDayOfMonth(1).minusMonths(1).plusDays(20), p.id());
        facts.work(p.id(), v5.withDayOfMonth(1).minusMonths(1).plusDays(4), 100);
        verify(v5);
        assertThat(latest(p)).isEqualTo("LOST");
        assertThat(directory.memberIds(facts.workCommittee(), v5)).doesNotContain(p.id());

        // every verification is kept with its reasons; the person reads their own history
        var mine = new Api(port).basic(p.email(), p.password()).language("en").get("/api/v1/eligibility/me");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().size()).isGreaterThanOrEqualTo(5);
        assertThat(reasons(mine.json().get(0))).anyMatch(s -> s.startsWith("Status withdrawn"));
        // and each change has its notice, handed to the outbox by the verification itself, and sent: four e-mails
        assertThat(jdbc.sql("SELECT COUNT(*) FROM eligibility_notice WHERE person_id = :p").param("p", p.id())
                .query(Long.class).single()).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM eligibility_notice WHERE person_id = :p AND sent_at IS NULL").param("p", p.id())
                .query(Long.class).single()).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.receivedBy(p.email()).size() == 4);
        assertThat(smtp.receivedBy(p.email())).extracting(m -> m.getSubject())
                .anyMatch(s -> s.contains("Membre averti·e")).anyMatch(s -> s.contains("Statut perdu"));
    }

    @Test
    void anExceptionOfTheWorkCommitteeIsHonoured() {
        LocalDate asOf = facts.today().withDayOfMonth(1);
        Person excused = people.person("Excused"), notExcused = people.person("NotExcused");
        for (Person p : List.of(excused, notExcused)) {
            jdbc.sql("INSERT INTO eligibility_standing (person_id, status, since) VALUES (:p, 'MEMBER', :d)")
                    .param("p", p.id()).param("d", asOf.minusYears(1)).update();
            bodies.joinWorkCommittee(p.id(), asOf.minusYears(1), null);
        }
        Person granter = workCommitteeMemberWithAccount("Granter");
        Api wc = new Api(port).basic(granter.email(), granter.password());
        var granted = wc.post("/api/v1/eligibility/exceptions", """
                {"personId": %d, "reason": "parental leave", "from": "%s", "to": "%s"}"""
                .formatted(excused.id(), asOf.minusMonths(2), asOf.plusMonths(3)));
        assertThat(granted.status()).isEqualTo(201);
        // nobody outside the work committee may grant one
        Person outsider = people.withAccount("Outsider");
        assertThat(new Api(port).basic(outsider.email(), outsider.password()).post("/api/v1/eligibility/exceptions", granted.body()).status())
                .isEqualTo(403);

        verify(asOf);
        assertThat(latest(excused)).isEqualTo("MEMBER");
        assertThat(latest(notExcused)).isEqualTo("LOST");
        JsonNode history = admin.get("/api/v1/eligibility/persons/" + excused.id()).json();
        assertThat(reasons(history.get(0))).anyMatch(s -> s.contains("parental leave"));
        assertThat(directory.memberIds(facts.workCommittee(), asOf)).contains(excused.id()).doesNotContain(notExcused.id());
    }

    @Test
    void permissionsFollowTheStatusAtOnceAndTheBoardMayReverseAnAdmission() {
        LocalDate t = facts.today();
        long a = facts.committee("Legal"), b = facts.committee("Women");
        Person p = people.withAccount("Voter");
        registration.engageWorker(new MemberRegistration.EngageWorker(p.id(), org.fourmiliere.members.Engagement.VOLUNTEER, t.minusYears(1), null));
        Api self = new Api(port).basic(p.email(), p.password());
        String wcOnly = "/api/v1/eligibility/exceptions";
        assertThat(self.post(wcOnly, "{}").status()).isEqualTo(403);

        Meeting reflection = facts.reflection(t, p.id());
        String vote = """
                {"bodyId": %d, "meetingId": %d, "text": "Adopt the %s budget", "how": "VOTE", "votersFor": [%d]}"""
                .formatted(facts.workCommittee(), reflection.id(), People.unique("b"), p.id());
        var refused = admin.post("/api/v1/decisions", vote);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("work committee");

        facts.qualify(t, a, b, 700, p.id());
        verify(t);
        assertThat(latest(p)).isEqualTo("CANDIDATE");
        // at once: the work committee's routes open and the vote counts
        assertThat(self.post(wcOnly, "{}").status()).isEqualTo(400);
        var accepted = admin.post("/api/v1/decisions", vote);
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json().get("votesFor").asInt()).isEqualTo(1);
        assertThat(accepted.json().get("participants").get(0).get("personId").asLong()).isEqualTo(p.id());

        // a member of the board reverses the admission: the status and its permissions go at once
        Person director = people.withAccount("Director");
        board.create(new BodyCommands.CreateSeat(SeatKind.INDIVIDUAL_MEMBER, People.unique("Seat"), t.minusYears(1),
                director.id(), null, t.minusMonths(6), t.plusYears(1)));
        assertThat(self.post("/api/v1/eligibility/persons/" + p.id() + "/reversal", "{\"reason\":\"self\"}").status()).isEqualTo(409);
        var reversed = new Api(port).basic(director.email(), director.password())
                .post("/api/v1/eligibility/persons/" + p.id() + "/reversal", "{\"reason\":\"conflict of interest\"}");
        assertThat(reversed.status()).isEqualTo(200);
        assertThat(reversed.json().get("reversedOn").asString()).isEqualTo(t.toString());
        assertThat(self.post(wcOnly, "{}").status()).isEqualTo(403);
        assertThat(directory.memberIds(facts.workCommittee(), t)).doesNotContain(p.id());
        // and the next verification keeps it reversed, saying why
        verify(t);
        JsonNode last = admin.get("/api/v1/eligibility/persons/" + p.id()).json().get(0);
        assertThat(last.get("status").asString()).isEqualTo("LOST");
        assertThat(reasons(last)).anyMatch(s -> s.contains("conflict of interest"));
    }

    @Test
    void badInputIsAProblemNeverA500() {
        assertThat(admin.get("/api/v1/eligibility?at=yesterday").status()).isEqualTo(400);
        var settings = admin.put("/api/v1/eligibility/settings", "{\"minCommittees\":-1,\"minReflections\":2,\"minMonthlyHours\":10,\"warningHours\":20,\"probationMonths\":2}");
        assertThat(settings.status()).isEqualTo(400);
        assertThat(settings.json().get("errors").get(0).get("field").asString()).isEqualTo("minCommittees");
        assertThat(admin.get("/api/v1/eligibility/verifications/999999").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/eligibility/settings").json().get("minMonthlyHours").asInt()).isEqualTo(10);
    }

    private Api.Response verify(LocalDate asOf) {
        var r = admin.post("/api/v1/eligibility/verifications", "{\"asOf\":\"" + asOf + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r;
    }

    private String latest(Person p) {
        return admin.get("/api/v1/eligibility/persons/" + p.id()).json().get(0).get("status").asString();
    }

    private long hiringCommittee() {
        return directory.bodies().stream().filter(x -> "hiring".equals(x.code())).map(BodyRef::id).findFirst()
                .orElseGet(() -> bodies.create(new BodyCommands.CreateBody(BodyKind.COMMITTEE, "hiring", "Comité d'embauche",
                        "Hiring committee", true, null, LocalDate.of(2004, 1, 1), null, List.of())));
    }

    private Person workCommitteeMemberWithAccount(String name) {
        Person p = people.withAccount(name);
        bodies.joinWorkCommittee(p.id(), facts.today().minusYears(1), null);
        return p;
    }
}
