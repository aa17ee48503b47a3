package org.fourmiliere.timesheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.Years;
import org.fourmiliere.timesheets.internal.Locks;
import org.fourmiliere.timesheets.internal.TimeReports;
import org.fourmiliere.timesheets.internal.Wages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rules of the time tracker through the API, on the real database. */
@IntegrationTest
class TimeRulesIT {

    @LocalServerPort int port;
    @Autowired MemberRegistration registration;
    @Autowired AccountDirectory accounts;
    @Autowired Locks locks;
    @Autowired Wages wages;
    @Autowired TimeReports reports;
    @Autowired WorkedTime workedTime;
    @Autowired JdbcClient jdbc;

    TimeFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new TimeFixture(registration, accounts, port);
    }

    static String entry(String activity, String start, String end) {
        return "{\"activity\":\"" + activity + "\",\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"kind\":\"PAID\"}";
    }

    @Test
    void anOverlappingEntryIsRefusedWithAMessageThatNamesTheClash() {
        var w = fixture.worker("en");
        String a = TimeFixture.activity(w.api(), "overlap");
        assertThat(w.api().post("/api/v1/time-entries", entry(a, "2026-02-02T09:00-05:00", "2026-02-02T11:00-05:00")).status()).isEqualTo(201);
        var clash = w.api().post("/api/v1/time-entries", entry(a, "2026-02-02T10:30-05:00", "2026-02-02T12:00-05:00"));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().get("detail").asString()).contains("2026-02-02").contains("09:00").contains("11:00").contains(a);
        // touching is not overlapping
        assertThat(w.api().post("/api/v1/time-entries", entry(a, "2026-02-02T11:00-05:00", "2026-02-02T12:00-05:00")).status()).isEqualTo(201);
        // and another worker may work at the same time
        var other = fixture.worker("fr");
        var fr = other.api().post("/api/v1/time-entries", entry(a, "2026-02-02T10:00-05:00", "2026-02-02T10:30-05:00"));
        assertThat(fr.status()).isEqualTo(201);
        var frClash = other.api().post("/api/v1/time-entries", entry(a, "2026-02-02T09:00-05:00", "2026-02-02T10:15-05:00"));
        assertThat(frClash.json().get("detail").asString()).contains("chevauche");
    }

    @Test
    void oneRunningPunchPerWorkerEvenUnderConcurrentPunches() throws Exception {
        var w = fixture.worker("en");
        String a = TimeFixture.activity(w.api(), "run-a");
        String b = TimeFixture.activity(w.api(), "run-b");
        var first = w.api().post("/api/v1/punch", "{\"activity\":\"" + a + "\"}");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("running").get("activity").asString()).isEqualTo(a);
        var switched = w.api().post("/api/v1/punch", "{\"activity\":\"" + b + "\"}");
        assertThat(switched.json().get("running").get("activity").asString()).isEqualTo(b);
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String act = i % 2 == 0 ? a : b;
                calls.add(() -> w.api().post("/api/v1/punch", "{\"activity\":\"" + act + "\"}").status());
            }
            for (var f : pool.invokeAll(calls)) assertThat(f.get()).isEqualTo(200);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ts_entry WHERE worker_id = :w AND end_at IS NULL").param("w", w.personId())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(w.api().post("/api/v1/punch/stop", null).status()).isEqualTo(200);
        assertThat(w.api().post("/api/v1/punch/stop", null).status()).isEqualTo(409);
        assertThat(w.api().get("/api/v1/punch").json().has("running")).isFalse();
    }

    @Test
    void entriesAcrossMidnightAndDaylightSavingChangesCountTheirRealMinutesPerDay() {
        var w = fixture.worker("en");
        String a = TimeFixture.activity(w.api(), "night");
        // spring forward: 2026-03-08 02:00 EST becomes 03:00 EDT; 22:00 → 06:00 is 7 hours
        var spring = w.api().post("/api/v1/time-entries", entry(a, "2026-03-07T22:00-05:00", "2026-03-08T06:00-04:00"));
        assertThat(spring.status()).isEqualTo(201);
        assertThat(spring.json().get("minutes").asInt()).isEqualTo(7 * 60);
        // fall back: 2026-11-01 02:00 EDT becomes 01:00 EST; 22:00 → 06:00 is 9 hours
        var fall = w.api().post("/api/v1/time-entries", entry(a, "2026-10-31T22:00-04:00", "2026-11-01T06:00-05:00"));
        assertThat(fall.json().get("minutes").asInt()).isEqualTo(9 * 60);
        var march = w.api().get("/api/v1/timesheets?from=2026-03-07&to=2026-03-08").json();
        assertThat(march.get("totalMinutes").asLong()).isEqualTo(420);
        assertThat(march.get("byDay").get(0).get("minutes").asLong()).isEqualTo(120);
        assertThat(march.get("byDay").get(1).get("minutes").asLong()).isEqualTo(300);
        var nov1 = w.api().get("/api/v1/timesheets?from=2026-11-01&to=2026-11-01").json();
        assertThat(nov1.get("totalMinutes").asLong()).isEqualTo(420);
        var oct31 = w.api().get("/api/v1/timesheets?from=2026-10-31&to=2026-10-31").json();
        assertThat(oct31.get("totalMinutes").asLong()).isEqualTo(120);
    }

    @Test
    void aLockedMonthRefusesChangesAndTakesAdjustingEntries() {
        var w = fixture.worker("en");
        String a = TimeFixture.activity(w.api(), "lock");
        var e = w.api().post("/api/v1/time-entries", entry(a, "2019-05-06T09:00-04:00", "2019-05-06T12:00-04:00"));
        long id = e.json().get("id").asLong();
        if (!locks.isLocked(YearMonth.of(2019, 5))) locks.lock(YearMonth.of(2019, 5), "accounting@test.local");
        var patch = w.api().patch("/api/v1/time-entries/" + id, "{\"note\":\"too late\"}");
        assertThat(patch.status()).isEqualTo(409);
        assertThat(patch.json().get("detail").asString()).contains("2019-05");
        assertThat(w.api().delete("/api/v1/time-entries/" + id).status()).isEqualTo(409);
        assertThat(w.api().post("/api/v1/time-entries", entry(a, "2019-05-07T09:00-04:00", "2019-05-07T10:00-04:00")).status()).isEqualTo(409);
        var adj = w.api().post("/api/v1/time-entries/" + id + "/adjustments", "{\"day\":\"2019-06-03\",\"minutes\":-60,\"note\":\"was 2 h\"}");
        assertThat(adj.status()).isEqualTo(201);
        assertThat(adj.json().get("adjusts").asLong()).isEqualTo(id);
        var total = w.api().get("/api/v1/timesheets?from=2019-05-01&to=2019-06-30").json();
        assertThat(total.get("totalMinutes").asLong()).isEqualTo(120);
        assertThatThrownBy(() -> locks.lock(YearMonth.of(2019, 5), "x")).isInstanceOf(Problems.Conflict.class);
    }

    @Test
    void payAppliesTheRateInForceOnEachDayWhenItChangesInThePeriod() {
        int year = Years.fresh();
        var w = fixture.worker("en");
        String a = TimeFixture.activity(w.api(), "pay");
        wages.setRate(LocalDate.of(year, 6, 15), new BigDecimal("30.00"));
        w.api().post("/api/v1/time-entries", entry(a, year + "-06-10T09:00-04:00", year + "-06-10T11:00-04:00"));
        w.api().post("/api/v1/time-entries", entry(a, year + "-06-20T09:00-04:00", year + "-06-20T11:00-04:00"));
        w.api().post("/api/v1/time-entries", "{\"activity\":\"" + a + "\",\"day\":\"" + year + "-06-21\",\"minutes\":90,\"kind\":\"VOLUNTEER\"}");
        var pay = reports.pay(LocalDate.of(year, 6, 1), LocalDate.of(year, 6, 30), w.personId());
        // 2 h at the rate before (22.50) + 2 h at 30.00
        assertThat(pay.pay()).isEqualTo(Money.cad("105.00"));
        assertThat(pay.volunteerMinutes()).isEqualTo(90);
        var api = w.api().get("/api/v1/timesheets?from=" + year + "-06-01&to=" + year + "-06-30").json();
        assertThat(api.get("pay").decimalValue()).isEqualByComparingTo("105.00");
        assertThat(api.get("totalMinutes").asLong()).isEqualTo(330);
        // the month totals behind the lifetime figures agree with every day of every entry
        assertThat(reports.lifetime()).isEqualTo(reports.lifetimeFromDays());
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyCreatesNothingNew() {
        var w = fixture.worker("en");
        String a = TimeFixture.activity(w.api(), "idem");
        String body = entry(a, "2026-01-12T09:00-05:00", "2026-01-12T10:00-05:00");
        var first = w.api().post("/api/v1/time-entries", body, "key-1");
        var again = w.api().post("/api/v1/time-entries", body, "key-1");
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ts_entry WHERE worker_id = :w").param("w", w.personId()).query(Integer.class).single()).isEqualTo(1);
        var reused = w.api().post("/api/v1/time-entries", entry(a, "2026-01-13T09:00-05:00", "2026-01-13T10:00-05:00"), "key-1");
        assertThat(reused.status()).isEqualTo(409);
        var punch1 = w.api().post("/api/v1/punch", "{\"activity\":\"" + a + "\"}", "punch-1");
        var punch2 = w.api().post("/api/v1/punch", "{\"activity\":\"" + a + "\"}", "punch-1");
        assertThat(punch2.json().get("running").get("id").asLong()).isEqualTo(punch1.json().get("running").get("id").asLong());
    }

    @Test
    void exportsAgreeWithTheTimesheetAndHledgerReadsTheTimeclock() throws Exception {
        int year = Years.fresh();
        var w = fixture.worker("en");
        String a = TimeFixture.activity(w.api(), "export");
        w.api().post("/api/v1/time-entries", entry(a, year + "-01-05T09:00-05:00", year + "-01-05T11:30-05:00"));
        w.api().post("/api/v1/time-entries", entry(a, year + "-01-06T23:00-05:00", year + "-01-07T01:15-05:00"));
        var csv = w.api().get("/api/v1/time-entries/export?from=" + year + "-01-01&to=" + year + "-01-31&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        long csvMinutes = csv.body().lines().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[7])).sum();
        long sheet = w.api().get("/api/v1/timesheets?from=" + year + "-01-01&to=" + year + "-01-31").json().get("totalMinutes").asLong();
        assertThat(csvMinutes).isEqualTo(sheet).isEqualTo(150 + 135);
        String clock = w.api().get("/api/v1/time-entries/export?from=" + year + "-01-01&to=" + year + "-01-31&format=timeclock").body();
        assertThat(clock).contains("i " + year + "-01-05 09:00:00 worker" + w.personId() + ":" + a).contains("o " + year + "-01-07 01:15:00");
        java.nio.file.Path hledger = java.nio.file.Path.of("/usr/bin/hledger");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(hledger), "hledger is not installed");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export-", ".timeclock");
        java.nio.file.Files.writeString(file, clock);
        Process p = new ProcessBuilder(hledger.toString(), "-f", file.toString(), "balance", "-N").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("4.75h");
    }

    @Test
    void badInputIsA400NamingTheFieldAndNothingIsWritten() {
        var w = fixture.worker("en");
        String a = TimeFixture.activity(w.api(), "bad");
        var noEnd = w.api().post("/api/v1/time-entries", "{\"activity\":\"" + a + "\",\"start\":\"2026-01-12T09:00-05:00\"}");
        assertThat(noEnd.status()).isEqualTo(400);
        assertThat(noEnd.json().get("errors").get(0).get("field").asString()).isEqualTo("end");
        var reversed = w.api().post("/api/v1/time-entries", entry(a, "2026-01-12T09:00-05:00", "2026-01-12T08:00-05:00"));
        assertThat(reversed.status()).isEqualTo(400);
        var unknown = w.api().post("/api/v1/punch", "{\"activity\":\"no-such-activity\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("activity");
        var badKind = w.api().post("/api/v1/time-entries", "{\"activity\":\"" + a + "\",\"day\":\"2026-01-12\",\"minutes\":30,\"kind\":\"GIFT\"}");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(w.api().post("/api/v1/time-entries", "{not json").status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ts_entry WHERE worker_id = :w").param("w", w.personId()).query(Integer.class).single()).isZero();
        assertThat(w.api().get("/api/v1/activities").status()).isEqualTo(200);
    }

    @Test
    void meetingTimeIsRecordedOnceAndLeftOutOfHoursWorked() {
        int year = Years.fresh();
        var w = fixture.worker("en");
        String a = TimeFixture.activity(w.api(), "work");
        w.api().post("/api/v1/time-entries", entry(a, year + "-03-03T09:00-05:00", year + "-03-03T12:00-05:00"));
        var start = java.time.OffsetDateTime.parse(year + "-03-03T13:00-05:00").toInstant();
        workedTime.recordMeetingTime("m-" + w.personId(), 900_000L + w.personId(), "comite-" + w.personId(), w.personId(), start, start.plusSeconds(3600));
        workedTime.recordMeetingTime("m-" + w.personId(), 900_000L + w.personId(), "comite-" + w.personId(), w.personId(), start, start.plusSeconds(5400));
        var minutes = workedTime.minutes(HoursQuery.between(LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 31))
                .ofWorker(w.personId()).excludingMeetings()).byWorkerAndMonth();
        assertThat(minutes.get(w.personId()).get(YearMonth.of(year, 3))).isEqualTo(180L);
        var meetingOnly = workedTime.minutes(HoursQuery.between(LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 31))
                .ofWorker(w.personId()).meetings(HoursQuery.Meetings.ONLY));
        assertThat(meetingOnly.total()).isEqualTo(90);
        var sheet = w.api().get("/api/v1/timesheets?from=" + year + "-03-01&to=" + year + "-03-31").json();
        assertThat(sheet.get("totalMinutes").asLong()).isEqualTo(270);
        workedTime.removeMeetingTime("m-" + w.personId(), w.personId());
        assertThat(w.api().get("/api/v1/timesheets?from=" + year + "-03-01&to=" + year + "-03-31").json().get("totalMinutes").asLong()).isEqualTo(180);
        var entry = w.api().get("/api/v1/time-entries?from=" + year + "-03-03&to=" + year + "-03-03").json().get(0);
        assertThat(w.api().patch("/api/v1/time-entries/" + entry.get("id").asLong(), "{\"kind\":\"VOLUNTEER\"}").status()).isEqualTo(200);
        assertThat(w.api().delete("/api/v1/time-entries/" + entry.get("id").asLong()).status()).isEqualTo(204);
        assertThat(reports.lifetime()).isEqualTo(reports.lifetimeFromDays());
    }

    @Test
    void aVolunteersMeetingTimeIsVolunteerTimeAndASalariedWorkersIsPaid() {
        int year = Years.fresh();
        var salaried = fixture.worker("fr");
        String email = TimeFixture.unique("volunteer") + "@example.org";
        long volunteer = registration.registerPerson(MemberRegistration.RegisterPerson.of("Volunteer " + email, email, "fr"));
        registration.engageWorker(new MemberRegistration.EngageWorker(volunteer, Engagement.VOLUNTEER, LocalDate.of(2000, 1, 1), null));
        var start = java.time.OffsetDateTime.parse(year + "-04-02T18:00-04:00").toInstant();
        for (long person : new long[] {salaried.personId(), volunteer}) {
            workedTime.recordMeetingTime("reflection-" + year, 800_000L + year, "reflexion-" + year, person, start, start.plusSeconds(7200));
        }
        var kinds = workedTime.minutes(HoursQuery.between(LocalDate.of(year, 4, 1), LocalDate.of(year, 4, 30))
                .ofWorkers(java.util.List.of(salaried.personId(), volunteer)).meetings(HoursQuery.Meetings.ONLY));
        assertThat(kinds.ofWorker(salaried.personId()).byKind())
                .containsEntry(EntryKind.PAID, 120L).containsEntry(EntryKind.VOLUNTEER, 0L);
        assertThat(kinds.ofWorker(volunteer).byKind())
                .containsEntry(EntryKind.PAID, 0L).containsEntry(EntryKind.VOLUNTEER, 120L);
    }
}
