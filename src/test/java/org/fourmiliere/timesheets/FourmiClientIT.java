package org.fourmiliere.timesheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.TestClock;
import org.fourmiliere.timesheets.internal.Locks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The command-line client bin/fourmi against the running application: in, switch, out, week, month, report, --json;
 * punches kept offline and sent later with their real time, once.
 */
@IntegrationTest
class FourmiClientIT {

    @LocalServerPort int port;
    @Autowired MemberRegistration registration;
    @Autowired AccountDirectory accounts;
    @Autowired TestClock clock;
    @Autowired Locks locks;

    record Run(int exit, String out, String err) {}

    /** Each test its own queue of punches kept offline. */
    final Path state = Files.createTempDirectory("fourmi-state");

    FourmiClientIT() throws Exception {}

    Run fourmi(String token, String... args) throws Exception {
        return fourmi(Map.of(), token, args);
    }

    Run fourmi(Map<String, String> env, String token, String... args) throws Exception {
        String[] cmd = new String[args.length + 1];
        cmd[0] = new File("bin/fourmi").getAbsolutePath();
        System.arraycopy(args, 0, cmd, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("FOURMI_URL", "http://localhost:" + port);
        pb.environment().put("FOURMI_TOKEN", token);
        pb.environment().put("FOURMI_LANG", "en");
        pb.environment().put("HOME", System.getProperty("java.io.tmpdir"));
        pb.environment().put("XDG_STATE_HOME", state.toString());
        pb.environment().remove("FOURMI_NOW");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }

    @Test
    void inSwitchOutWeekAndMonthWithTheSameRulesAsTheApi() throws Exception {
        var w = new TimeFixture(registration, accounts, port).worker("en");
        String a = TimeFixture.activity(w.api(), "cli-a");
        String b = TimeFixture.activity(w.api(), "cli-b");
        // an hour worked earlier today, so that the week and the month have something to show
        var now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        var start = now.minusHours(3);
        assertThat(w.api().post("/api/v1/time-entries", TimeRulesIT.entry(a, start.toString(), start.plusHours(1).toString())).status())
                .isEqualTo(201);

        Run in = fourmi(w.token(), "in", a);
        assertThat(in.exit()).as(in.err()).isZero();
        assertThat(in.out()).contains("in: " + a);
        assertThat(w.api().get("/api/v1/punch").json().get("running").get("activity").asString()).isEqualTo(a);
        clock.advance(Duration.ofMinutes(1));

        Run sw = fourmi(w.token(), "switch", b);
        assertThat(sw.exit()).as(sw.err()).isZero();
        assertThat(w.api().get("/api/v1/punch").json().get("running").get("activity").asString()).isEqualTo(b);
        clock.advance(Duration.ofMinutes(1));

        Run out = fourmi(w.token(), "out");
        assertThat(out.exit()).as(out.err()).isZero();
        assertThat(out.out()).startsWith("out");
        assertThat(w.api().get("/api/v1/punch").json().has("running")).isFalse();

        Run again = fourmi(w.token(), "out");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("No punch is running");

        Run unknown = fourmi(w.token(), "in", "no-such-activity");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no-such-activity");

        Run week = fourmi(w.token(), "week");
        assertThat(week.exit()).as(week.err()).isZero();
        // the hour entered, then a minute punched on each activity
        assertThat(week.out()).contains("week").contains(a).contains("1:01").contains("1:02");
        Run month = fourmi(w.token(), "month");
        assertThat(month.exit()).as(month.err()).isZero();
        assertThat(month.out()).contains("month").contains(a);

        assertThat(fourmi("fmt_wrong", "week").exit()).isEqualTo(1);
    }

    /** A port nobody listens on: the server "cannot be reached". */
    static String closedUrl() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    Map<String, String> offlineAt(String url, OffsetDateTime at) {
        return Map.of("FOURMI_URL", url, "FOURMI_NOW", at.toString());
    }

    List<String> queued() throws Exception {
        Path q = state.resolve("fourmi/queue");
        return Files.exists(q) ? Files.readAllLines(q) : List.of();
    }

    /** The worker's timed entries from {@code from}'s day, in order: activity, start, end (instants). */
    static List<String> entries(TimeFixture.Worker w, OffsetDateTime from, OffsetDateTime to) {
        var list = w.api().get("/api/v1/time-entries?from=" + from.toLocalDate() + "&to=" + to.toLocalDate()).json();
        List<String> out = new ArrayList<>();
        for (var e : list) {
            if (e.get("start") == null || e.get("start").isNull()) continue;
            String end = e.get("end") == null || e.get("end").isNull() ? "running"
                    : OffsetDateTime.parse(e.get("end").asString()).toInstant().toString();
            out.add(e.get("activity").asString() + " " + OffsetDateTime.parse(e.get("start").asString()).toInstant() + " " + end);
        }
        out.sort((x, y) -> x.split(" ")[1].compareTo(y.split(" ")[1]));
        return out;
    }

    @Test
    void punchesMadeWhileTheServerIsDownAreSentInOrderWithTheirOwnTimeAndOnlyOnce() throws Exception {
        var w = new TimeFixture(registration, accounts, port).worker("en");
        String a = TimeFixture.activity(w.api(), "cli-off-a");
        String b = TimeFixture.activity(w.api(), "cli-off-b");
        String down = closedUrl();
        var now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        var t1 = now.minusHours(3);
        var t2 = now.minusHours(2);
        var t3 = now.minusMinutes(90);

        Run in = fourmi(offlineAt(down, t1), w.token(), "in", a);
        assertThat(in.exit()).as(in.err()).isZero();
        assertThat(in.out()).contains("queued: in " + a).contains("cannot be reached").contains("1 punch(es) wait");
        Run sw = fourmi(offlineAt(down, t2), w.token(), "switch", b);
        assertThat(sw.exit()).as(sw.err()).isZero();
        Run out = fourmi(offlineAt(down, t3), w.token(), "out", "--json");
        assertThat(out.exit()).as(out.err()).isZero();
        assertThat(out.out()).contains("\"queued\":true").contains("\"command\":\"out\"").contains("\"waiting\":3");
        assertThat(queued()).hasSize(3);
        List<String> kept = queued();
        Run list = fourmi(Map.of("FOURMI_URL", down), w.token(), "queue");
        assertThat(list.out()).contains("in     " + a).contains("switch " + b).contains("out");
        Run stillDown = fourmi(Map.of("FOURMI_URL", down), w.token(), "sync");
        assertThat(stillDown.exit()).isEqualTo(1);
        assertThat(stillDown.err()).contains("cannot be reached");
        assertThat(entries(w, t1, now)).isEmpty();

        // the server is back: the three punches, in order, at their own times
        Run sync = fourmi(w.token(), "sync");
        assertThat(sync.exit()).as(sync.err()).isZero();
        assertThat(sync.out()).contains("sent 3 punch(es)");
        assertThat(queued()).isEmpty();
        List<String> expected = List.of(a + " " + t1.toInstant() + " " + t2.toInstant(),
                b + " " + t2.toInstant() + " " + t3.toInstant());
        assertThat(entries(w, t1, now)).containsExactlyElementsOf(expected);
        assertThat(w.api().get("/api/v1/punch").json().has("running")).isFalse();

        // the same punches sent again (a queue restored, a reply lost): nothing twice
        Files.write(state.resolve("fourmi/queue"), kept);
        Run again = fourmi(w.token(), "sync", "--json");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("\"replayed\":3").contains("\"waiting\":0");
        assertThat(entries(w, t1, now)).containsExactlyElementsOf(expected);

        // report: a table per day and activity; --json gives the server's answer
        Run report = fourmi(w.token(), "report", "--from", t1.toLocalDate().toString(), "--to", now.toLocalDate().toString());
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.out()).contains("day").contains("activity").contains("hours")
                .containsPattern(a + " +1:00").containsPattern(b + " +0:30").containsPattern("total +1:30");
        Run reportJson = fourmi(w.token(), "report", "--json", "--from", t1.toLocalDate().toString(), "--to", now.toLocalDate().toString());
        assertThat(reportJson.out()).startsWith("[").contains("\"activity\":\"" + a + "\"");
        assertThat(fourmi(w.token(), "status", "--json").out()).startsWith("{");
        assertThat(fourmi(w.token(), "activities").out()).contains(a).contains(b);
    }

    @Test
    void aPunchKeptOfflineThatMeetsAnEntryMadeMeanwhileIsReportedAndStaysQueued() throws Exception {
        var w = new TimeFixture(registration, accounts, port).worker("en");
        String a = TimeFixture.activity(w.api(), "cli-conf-a");
        String down = closedUrl();
        var now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        assertThat(fourmi(offlineAt(down, now.minusMinutes(50)), w.token(), "in", a).exit()).isZero();
        assertThat(fourmi(offlineAt(down, now.minusMinutes(10)), w.token(), "out").exit()).isZero();
        // meanwhile, on the web: an entry over the same time
        assertThat(w.api().post("/api/v1/time-entries",
                TimeRulesIT.entry(a, now.minusMinutes(40).toString(), now.minusMinutes(20).toString())).status()).isEqualTo(201);

        Run sync = fourmi(w.token(), "sync");
        assertThat(sync.exit()).isEqualTo(1);
        assertThat(sync.err()).contains("the punch \"in " + a + "\"").contains("was refused").contains("overlaps")
                .contains("the 1 after it stay queued");
        assertThat(queued()).hasSize(2);
        // a new punch waits behind it, never sent before it
        Run in = fourmi(w.token(), "in", a);
        assertThat(in.exit()).isEqualTo(1);
        assertThat(in.out()).contains("behind a refused punch");
        assertThat(queued()).hasSize(3);
        assertThat(entries(w, now.minusHours(1), now)).hasSize(1);
        Run drop = fourmi(w.token(), "queue", "drop");
        assertThat(drop.out()).contains("forgot: in " + a);
        assertThat(queued()).hasSize(2);
    }

    @Test
    void thePunchApiTakesAPastTimeButNotAFutureOne() {
        var w = new TimeFixture(registration, accounts, port).worker("en");
        String a = TimeFixture.activity(w.api(), "cli-at");
        var now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        var future = w.api().post("/api/v1/punch", "{\"activity\":\"" + a + "\",\"at\":\"" + now.plusHours(1) + "\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("future");
        var bad = w.api().post("/api/v1/punch", "{\"activity\":\"" + a + "\",\"at\":\"yesterday\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("ISO 8601");
        assertThat(w.api().post("/api/v1/punch", "{\"activity\":\"" + a + "\",\"at\":\"" + now.minusMinutes(30) + "\"}").status())
                .isEqualTo(200);
        var before = w.api().post("/api/v1/punch/stop", "{\"at\":\"" + now.minusMinutes(40) + "\"}");
        assertThat(before.status()).isEqualTo(409);
        assertThat(before.body()).contains("before the start of the running punch");
        String stop = "{\"at\":\"" + now.minusMinutes(15) + "\"}";
        var stopped = w.api().post("/api/v1/punch/stop", stop, "stop-key-1");
        assertThat(stopped.status()).isEqualTo(200);
        assertThat(stopped.json().get("stopped").get("minutes").asInt()).isEqualTo(15);
        var replayed = w.api().post("/api/v1/punch/stop", stop, "stop-key-1");
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        // a punch-in before one's later entries would overlap them; a locked month takes no punch
        var overlap = w.api().post("/api/v1/punch", "{\"activity\":\"" + a + "\",\"at\":\"" + now.minusMinutes(20) + "\"}");
        assertThat(overlap.status()).isEqualTo(409);
        assertThat(overlap.body()).contains("overlaps");
        var fresh = new TimeFixture(registration, accounts, port).worker("en");
        if (!locks.isLocked(YearMonth.of(2018, 3))) locks.lock(YearMonth.of(2018, 3), "accounting@test.local");
        var locked = fresh.api().post("/api/v1/punch", "{\"activity\":\"" + a + "\",\"at\":\"2018-03-08T09:00-05:00\"}");
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.body()).contains("2018-03");
        assertThat(fresh.api().get("/api/v1/punch").json().has("running")).isFalse();
    }

    @Test
    void bashCompletesTheCommandsAndTheActivityCodes() throws Exception {
        var w = new TimeFixture(registration, accounts, port).worker("en");
        String a = TimeFixture.activity(w.api(), "cli-compl");
        String script = ". bin/completion/fourmi.bash; COMP_WORDS=(fourmi s); COMP_CWORD=1; _fourmi; echo \"${COMPREPLY[*]}\";"
                + " COMP_WORDS=(fourmi in cli-compl); COMP_CWORD=2; _fourmi; echo \"${COMPREPLY[*]}\"";
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script);
        pb.environment().put("PATH", new File("bin").getAbsolutePath() + File.pathSeparator + System.getenv("PATH"));
        pb.environment().put("FOURMI_URL", "http://localhost:" + port);
        pb.environment().put("FOURMI_TOKEN", w.token());
        pb.environment().put("XDG_STATE_HOME", state.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out.lines().toList()).as(out).containsExactly("switch status sync", a);
    }
}
