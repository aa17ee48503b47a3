package org.fourmiliere.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.DemoInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo collective's year, read through the API as coordination reads it (antoine: MANAGE_BODIES and
 * VIEW_ALL_TIME): the decision register, a year of meetings with attendance, every worker's time in every month from
 * June 2006 to June 2007, and the eligibility verification of 2007-06-05 with its work committee, a warned member and
 * a new candidate.
 */
@DemoInstance
class DemoYearIT {

    static final List<String> WORKERS = List.of("antoine", "omar", "jsenecal", "claire", "mathieu", "sofia", "kim", "julie",
            "felix", "amelie");

    @LocalServerPort int port;
    Api api;
    final Map<String, Long> ids = new HashMap<>();

    @BeforeEach
    void signIn() {
        api = new Api(port).basic("antoine@example.org", DemoInstance.PASSWORD);
        for (String key : WORKERS) {
            JsonNode found = api.get("/api/v1/members?q=" + key + "@example.org").json();
            assertThat(found.size()).as(key).isEqualTo(1);
            ids.put(key, found.get(0).get("id").asLong());
        }
    }

    @Test
    void theRegisterHoldsTheYearsDecisions() {
        JsonNode decisions = api.get("/api/v1/decisions").json();
        assertThat(decisions.size()).isGreaterThanOrEqualTo(20);
        assertThat(api.get("/api/v1/decisions?q=21,50").json().toString()).contains("13 mars 2007");
        assertThat(api.get("/api/v1/decisions?q=eligibilite+reglement").json().size()).isGreaterThanOrEqualTo(1);
        Set<String> how = new HashSet<>();
        decisions.forEach(d -> how.add(d.get("how").asString()));
        assertThat(how).contains("CONSENSUS", "VOTE", "QUICK_DECISION");
    }

    @Test
    void aYearOfMeetingsWithAttendanceAndMeetingsToCome() {
        JsonNode held = api.get("/api/v1/meetings?from=2006-06-01&to=2007-06-15").json();
        int withAttendance = 0;
        for (JsonNode m : held) {
            JsonNode detail = api.get("/api/v1/meetings/" + m.get("id").asLong()).json();
            if (detail.get("attendance").size() > 0) withAttendance++;
        }
        assertThat(withAttendance).isGreaterThanOrEqualTo(60);
        JsonNode coming = api.get("/api/v1/meetings?from=2007-06-16&to=2007-08-31").json();
        assertThat(coming.size()).isGreaterThan(10);
        JsonNode next = api.get("/api/v1/meetings/" + coming.get(0).get("id").asLong()).json();
        assertThat(next.get("agenda").size()).isGreaterThan(0);
        assertThat(next.get("attendance").size()).isZero();
    }

    @Test
    void everyWorkerHasTimeInEveryMonthOfTheYear() {
        for (YearMonth m = YearMonth.of(2006, 6); !m.isAfter(YearMonth.of(2007, 6)); m = m.plusMonths(1)) {
            LocalDate to = m.equals(YearMonth.of(2007, 6)) ? LocalDate.of(2007, 6, 15) : m.atEndOfMonth();
            JsonNode lines = api.get("/api/v1/timesheets/summary?from=" + m.atDay(1) + "&to=" + to).json();
            Map<Long, Long> minutes = new HashMap<>();
            lines.forEach(l -> minutes.merge(l.get("workerId").asLong(), l.get("minutes").asLong(), Long::sum));
            for (String key : WORKERS) {
                assertThat(minutes.getOrDefault(ids.get(key), 0L)).as(key + " in " + m).isPositive();
            }
        }
    }

    @Test
    void everyWorkersWeekOpensOnTheWeekOfJune11WithEntries() {
        for (String key : WORKERS) {
            JsonNode week = api.get("/api/v1/timesheets?worker=" + ids.get(key) + "&period=week").json();
            assertThat(week.get("from").asString()).isEqualTo("2007-06-11");
            assertThat(week.get("totalMinutes").asLong()).as(key).isPositive();
        }
        JsonNode mine = new Api(port).basic("felix@example.org", DemoInstance.PASSWORD)
                .get("/api/v1/time-entries?from=2007-06-11&to=2007-06-15").json();
        assertThat(mine.size()).isPositive();
        mine.forEach(e -> {
            if (!e.get("meeting").asBoolean()) assertThat(e.get("kind").asString()).isEqualTo("VOLUNTEER");
        });
    }

    @Test
    void theVerificationOfJune5GivesAWorkCommitteeWithAWarnedMemberAndANewCandidate() {
        JsonNode verifications = api.get("/api/v1/eligibility/verifications").json();
        assertThat(verifications.size()).isGreaterThanOrEqualTo(10);
        JsonNode june = null;
        for (JsonNode v : verifications) if (v.get("asOf").asString().equals("2007-06-05")) june = v;
        assertThat(june).as("the verification of 2007-06-05").isNotNull();
        Map<Long, JsonNode> results = new HashMap<>();
        api.get("/api/v1/eligibility/verifications/" + june.get("id").asLong()).json()
                .forEach(r -> results.put(r.get("personId").asLong(), r));
        long holders = results.values().stream().filter(r -> Set.of("CANDIDATE", "MEMBER", "WARNED").contains(r.get("status").asString())).count();
        assertThat(holders).isGreaterThanOrEqualTo(5);
        results.values().stream().filter(r -> !r.get("status").asString().equals("NOT_ELIGIBLE"))
                .forEach(r -> assertThat(r.get("reasons").size()).as("reasons of " + r.get("personId")).isPositive());
        JsonNode julie = results.get(ids.get("julie"));
        assertThat(julie.get("status").asString()).isEqualTo("WARNED");
        assertThat(julie.get("previous").asString()).isEqualTo("MEMBER");
        JsonNode felix = results.get(ids.get("felix"));
        assertThat(felix.get("status").asString()).isEqualTo("CANDIDATE");
        assertThat(felix.get("previous").asString()).isEqualTo("NOT_ELIGIBLE");
        assertThat(results.get(ids.get("amelie")).get("status").asString()).isEqualTo("MEMBER");
        assertThat(results.get(ids.get("antoine")).get("status").asString()).isEqualTo("MEMBER");

        // computed again as of that day, nothing saved: the same standings
        JsonNode computed = api.get("/api/v1/eligibility?at=2007-06-05").json();
        assertThat(computed.toString()).contains("WARNED", "CANDIDATE");
        JsonNode admission = api.get("/api/v1/eligibility/persons/" + ids.get("amelie")).json();
        assertThat(admission.toString()).contains("CANDIDATE", "MEMBER");
    }
}
