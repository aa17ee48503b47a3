package org.fourmiliere.timesheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The command-line client bin/fourmi against the running application: in, switch, out, week, month. */
@IntegrationTest
class FourmiClientIT {

    @LocalServerPort int port;
    @Autowired MemberRegistration registration;
    @Autowired AccountDirectory accounts;
    @Autowired TestClock clock;

    record Run(int exit, String out, String err) {}

    Run fourmi(String token, String... args) throws Exception {
        String[] cmd = new String[args.length + 1];
        cmd[0] = new File("bin/fourmi").getAbsolutePath();
        System.arraycopy(args, 0, cmd, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("FOURMI_URL", "http://localhost:" + port);
        pb.environment().put("FOURMI_TOKEN", token);
        pb.environment().put("FOURMI_LANG", "en");
        pb.environment().put("HOME", System.getProperty("java.io.tmpdir"));
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
}
