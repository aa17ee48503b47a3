package org.fourmiliere.governance;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.fourmiliere.governance.internal.decisions.Decision;
import org.fourmiliere.governance.internal.decisions.DecisionRegister;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingType;
import org.fourmiliere.governance.internal.quick.QuickDecisionJobs;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.TestClock;
import org.fourmiliere.support.Years;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Quick decisions through the API (§6): proposed by a work-committee member on a Friday at 15:00, notified to every
 * member in their language with the moment it takes effect (Tuesday 15:00), vetoed onto the next production
 * meeting's agenda, adopted at the deadline or on catching up after downtime (dated its deadline), reminded once to
 * those who have not answered; bad input refused naming the field, nothing recorded. Each test lives in a year of its
 * own ({@link Years#fresh()}): the next meeting of the work committee is shared by everyone.
 */
@IntegrationTest
class QuickDecisionsIT extends MeetingTestBase {

    @Autowired TestClock testClock;
    @Autowired QuickDecisionJobs jobs;
    @Autowired DecisionRegister register;

    Person claire;
    Person antoine;
    long englishMember;
    LocalDate friday;
    Instant fridayAt15;

    @BeforeEach
    void aWorkCommitteeInAYearOfItsOwn() {
        int year = Years.fresh();
        friday = LocalDate.of(year, 6, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        fridayAt15 = friday.atTime(15, 0).atZone(TimeConfig.ZONE).toInstant();
        claire = people.withAccount("Claire");
        antoine = people.withAccount("Antoine");
        englishMember = registration.registerPerson(MemberRegistration.RegisterPerson.of("Jordan " + UUID.randomUUID(),
                "jordan-" + UUID.randomUUID() + "@example.org", "en"));
        for (long id : List.of(claire.id(), antoine.id(), englishMember)) {
            bodies.joinWorkCommittee(id, friday.minusDays(30), "quick decisions test");
        }
        // the clock moves to the test's own year after the changes that the bodies' history dates (so that it stays
        // in order for the tests that read it)
        testClock.set(fridayAt15);
    }

    private Api as(Person p) {
        return new Api(port).basic(p.email(), p.password()).language("en");
    }

    private JsonNode propose(Person p, String title, String amount) {
        var r = as(p).post("/api/v1/quick-decisions", """
                {"title":"%s","text":"Pour les sauvegardes.","amount":%s}""".formatted(title, amount));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static List<String> values(JsonNode n, String field) {
        return n.findValues(field).stream().map(JsonNode::asString).toList();
    }

    private List<String> outbox(String correlationKeyPrefix) {
        return jdbc.sql("SELECT body_text FROM mail_outbox WHERE correlation_key LIKE :k ORDER BY id")
                .param("k", correlationKeyPrefix + "%").query(String.class).list();
    }

    private String outboxOne(String correlationKey) {
        return jdbc.sql("SELECT language || '|' || subject || '|' || body_text FROM mail_outbox WHERE correlation_key = :k")
                .param("k", correlationKey).query(String.class).single();
    }

    @Test
    void proposedFriday15hTakesEffectTuesday15hAndEveryMemberIsToldInTheirLanguage() {
        JsonNode q = propose(claire, "Acheter un disque", "250.00");
        long id = q.get("id").asLong();
        Instant tuesday15 = friday.plusDays(4).atTime(15, 0).atZone(TimeConfig.ZONE).toInstant();
        assertThat(Instant.parse(q.get("deadline").asString())).as("to the second").isBetween(tuesday15, tuesday15.plusSeconds(2));
        assertThat(q.get("status").asString()).isEqualTo("OPEN");
        assertThat(q.get("amount").decimalValue()).isEqualByComparingTo("250.00");
        assertThat(q.get("token").asString()).isEqualTo("[QD-" + id + "]");
        assertThat(q.get("businessMinutesLeft").asLong()).isBetween(48 * 60L - 2, 48 * 60L);

        String fr = outboxOne("quick-decision:" + id + ":notice:" + antoine.id());
        assertThat(fr).startsWith("fr|[QD-" + id + "] Décision rapide : Acheter un disque|")
                .contains(claire.name() + " propose").containsPattern("Montant : 250,00.\\$")
                .contains("mardi " + tuesday15.atZone(TimeConfig.ZONE).getDayOfMonth() + " juin")
                .contains("à 15 h 00 (heure de Montréal, UTC−04:00)")
                .contains("VETO").contains("/quick-decisions/" + id);
        String en = outboxOne("quick-decision:" + id + ":notice:" + englishMember);
        assertThat(en).startsWith("en|[QD-" + id + "] Quick decision: Acheter un disque|")
                .contains("Amount: $250.00").contains("Tuesday, June").contains("at 3:00 PM (Montréal time, UTC−04:00)");
        assertThat(jdbc.sql("SELECT reply_to FROM mail_outbox WHERE correlation_key = :k")
                .param("k", "quick-decision:" + id + ":notice:" + antoine.id()).query(String.class).optional())
                .as("replies go to the decisions address").hasValueSatisfying(v -> assertThat(v).isEqualTo("decisions@localhost"));

        JsonNode open = as(antoine).get("/api/v1/quick-decisions").json();
        assertThat(values(open, "id")).contains(String.valueOf(id));
        JsonNode detail = as(antoine).get("/api/v1/quick-decisions/" + id).json();
        assertThat(values(detail.get("trail"), "kind")).containsExactly("PROPOSED", "NOTIFIED");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsRecorded() {
        long before = jdbc.sql("SELECT COUNT(*) FROM quick_decision").query(Long.class).single();
        var blank = as(claire).post("/api/v1/quick-decisions", "{\"title\":\" \",\"text\":\"x\"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("title");
        var negative = as(claire).post("/api/v1/quick-decisions", "{\"title\":\"x\",\"amount\":-5}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("amount");
        var overCap = as(claire).post("/api/v1/quick-decisions", "{\"title\":\"Un serveur\",\"amount\":500.01}");
        assertThat(overCap.status()).as(overCap.body()).isEqualTo(400);
        assertThat(overCap.json().get("errors").toString()).contains("amount");
        assertThat(overCap.body()).contains("500.00").contains("meeting");
        Person outsider = people.withAccount("Outsider");
        assertThat(new Api(port).basic(outsider.email(), outsider.password()).post("/api/v1/quick-decisions",
                "{\"title\":\"x\"}").status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quick_decision").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aVetoPutsItOnTheNextProductionMeetingsAgendaAndInTheRegisterAsPostponed() {
        Meeting reflection = facts.meeting(facts.workCommittee(), MeetingType.REFLECTION, friday.plusDays(11));
        Meeting production = facts.meeting(facts.workCommittee(), MeetingType.PRODUCTION, friday.plusDays(3));
        long id = propose(claire, "Changer de fournisseur", "null").get("id").asLong();
        testClock.advance(Duration.ofHours(20));

        var vetoed = as(antoine).post("/api/v1/quick-decisions/" + id + "/veto", "{\"reason\":\"Parlons-en lundi\"}");
        assertThat(vetoed.status()).as(vetoed.body()).isEqualTo(200);
        assertThat(vetoed.json().get("status").asString()).isEqualTo("VETOED");
        assertThat(vetoed.json().get("meetingId").asLong()).as("the first of the next production or reflection meetings")
                .isEqualTo(production.id()).isNotEqualTo(reflection.id());
        assertThat(meetings.agenda(production.id())).anySatisfy(item -> {
            assertThat(item.title()).isEqualTo("[QD-" + id + "] Changer de fournisseur");
            assertThat(item.text()).contains("Parlons-en lundi").contains(antoine.name());
        });
        Decision d = register.get(vetoed.json().get("decisionId").asLong());
        assertThat(d.how()).isEqualTo(Decision.HowTaken.QUICK_DECISION);
        assertThat(d.status()).isEqualTo(Decision.Status.POSTPONED);
        assertThat(outbox("quick-decision:" + id + ":vetoed:")).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(t -> assertThat(t).satisfiesAnyOf(
                        x -> assertThat(x).contains("Réunion de production"), x -> assertThat(x).contains("Production meeting")));

        var again = as(claire).post("/api/v1/quick-decisions/" + id + "/veto", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT status FROM quick_decision WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("VETOED");
        testClock.advance(Duration.ofDays(10));
        jobs.run();
        assertThat(jdbc.sql("SELECT status FROM quick_decision WHERE id = :id").param("id", id).query(String.class).single())
                .as("a vetoed proposal is never adopted").isEqualTo("VETOED");
    }

    @Test
    void adoptedAtItsDeadlineIntoTheRegisterAndAVetoAfterIsRefused() {
        long id = propose(claire, "Renouveler le domaine", "42.50").get("id").asLong();
        Instant deadline = friday.plusDays(4).atTime(15, 0).atZone(TimeConfig.ZONE).toInstant();
        testClock.set(deadline.minusSeconds(120));
        jobs.run();
        assertThat(as(claire).get("/api/v1/quick-decisions/" + id).json().get("status").asString()).isEqualTo("OPEN");

        testClock.set(deadline.plusSeconds(3));
        jobs.run();
        JsonNode q = as(claire).get("/api/v1/quick-decisions/" + id).json();
        assertThat(q.get("status").asString()).isEqualTo("ADOPTED");
        Decision d = register.get(q.get("decisionId").asLong());
        assertThat(d.how()).isEqualTo(Decision.HowTaken.QUICK_DECISION);
        assertThat(d.status()).isEqualTo(Decision.Status.ADOPTED);
        assertThat(d.decidedOn()).isEqualTo(friday.plusDays(4));
        assertThat(d.text()).startsWith("Renouveler le domaine");
        assertThat(values(q.get("trail"), "kind")).endsWith("ADOPTED");
        assertThat(outbox("quick-decision:" + id + ":adopted:")).hasSizeGreaterThanOrEqualTo(3);

        var late = as(antoine).post("/api/v1/quick-decisions/" + id + "/veto", "{}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("deadline");
        testClock.advance(Duration.ofMinutes(5));
        jobs.run();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE correlation_key = :k")
                .param("k", "quick-decision:" + id + ":adopted:" + antoine.id()).query(Long.class).single()).as("adopted once").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision WHERE decision_text LIKE 'Renouveler le domaine%' AND decided_on = :d")
                .param("d", java.sql.Date.valueOf(friday.plusDays(4))).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void afterDowntimeTheJobCatchesUpAndDatesTheDecisionItsDeadline() {
        long id = propose(claire, "Payer l'hébergement", "null").get("id").asLong();
        testClock.set(fridayAt15.plus(Duration.ofDays(12)));
        assertThat(jobs.run()).isGreaterThanOrEqualTo(1);
        JsonNode q = as(claire).get("/api/v1/quick-decisions/" + id).json();
        assertThat(q.get("status").asString()).isEqualTo("ADOPTED");
        assertThat(register.get(q.get("decisionId").asLong()).decidedOn()).isEqualTo(friday.plusDays(4));
        assertThat(jdbc.sql("SELECT closed_at FROM quick_decision WHERE id = :id").param("id", id)
                .query(OffsetDateTime.class).single().toInstant()).as("its deadline")
                .isBetween(friday.plusDays(4).atTime(LocalTime.of(15, 0)).atZone(TimeConfig.ZONE).toInstant(),
                        friday.plusDays(4).atTime(LocalTime.of(15, 0, 2)).atZone(TimeConfig.ZONE).toInstant());
    }

    @Test
    void oneReminderEightBusinessHoursBeforeOnlyToThoseWhoHaveNotAnswered() {
        long id = propose(claire, "Acheter des chaises", "120").get("id").asLong();
        var ok = as(antoine).post("/api/v1/quick-decisions/" + id + "/answers", "{\"answer\":\"SUPPORT\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        var abstain = as(claire).post("/api/v1/quick-decisions/" + id + "/answers", "{\"answer\":\"ABSTAIN\"}");
        assertThat(abstain.status()).as("an abstention gives its reason").isEqualTo(400);
        assertThat(abstain.body()).contains("reason");

        Instant reminder = LocalDateTime.of(friday.plusDays(4), LocalTime.of(7, 0)).atZone(TimeConfig.ZONE).toInstant();
        testClock.set(reminder.minusSeconds(60));
        jobs.run();
        assertThat(outbox("quick-decision:" + id + ":reminder:")).isEmpty();
        testClock.set(reminder.plusSeconds(3));
        jobs.run();
        jobs.run();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE correlation_key = :k")
                .param("k", "quick-decision:" + id + ":reminder:" + antoine.id()).query(Long.class).single())
                .as("Antoine answered").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE correlation_key = :k")
                .param("k", "quick-decision:" + id + ":reminder:" + claire.id()).query(Long.class).single())
                .as("Claire did not (her abstention was refused), once").isEqualTo(1);
        assertThat(outboxOne("quick-decision:" + id + ":reminder:" + englishMember)).startsWith("en|").contains("you have not answered it yet");
        JsonNode q = as(claire).get("/api/v1/quick-decisions/" + id).json();
        assertThat(values(q.get("trail"), "kind")).containsExactly("PROPOSED", "NOTIFIED", "ANSWER_SUPPORT", "REMINDED");
    }
}
