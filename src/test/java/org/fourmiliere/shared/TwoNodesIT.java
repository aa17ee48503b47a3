package org.fourmiliere.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.mail.OutgoingMail;
import org.fourmiliere.mail.Outbox;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.TestMail;
import org.fourmiliere.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes on one PostgreSQL database: this test's application and the packaged application started beside it on
 * another port. A session opened on one is good on the other; a token revoked on one is refused by the other, which
 * had it in memory; each job is one row of the scheduler's, whichever node scheduled it, and a job's work is done
 * once: with both nodes running the outbox's job every second, each queued message reaches the mail server once.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {

    private static final String OTHER_NODE = "second-node";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired AccountDirectory accounts;
    @Autowired JdbcClient jdbc;
    @Autowired TestMail mail;
    @Autowired Outbox outbox;
    @Autowired TransactionTemplate tx;

    Process other;
    int otherPort;
    Path data;

    @BeforeAll
    void startTheOtherNode() throws Exception {
        String url;
        String user;
        try (var c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName();
        }
        Assumptions.assumeTrue(url.startsWith("jdbc:postgresql:"), "two nodes share a PostgreSQL database");
        File[] jars = new File("target").listFiles((d, n) -> n.startsWith("fourmiliere-") && n.endsWith(".jar") && !n.contains("plain"));
        Assumptions.assumeTrue(jars != null && jars.length > 0, "the packaged application (mvn package)");
        try (ServerSocket s = new ServerSocket(0)) {
            otherPort = s.getLocalPort();
        }
        data = Files.createTempDirectory("fourmiliere-node2");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder b = new ProcessBuilder(java, "-Xmx384m", "-jar", jars[0].getAbsolutePath(), "--server.port=" + otherPort,
                "--db-scheduler.polling-interval=1s", "--db-scheduler.scheduler-name=" + OTHER_NODE,
                "--fourmiliere.mail.poll-interval=PT1S", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.port())
                .redirectErrorStream(true).redirectOutput(data.resolve("node2.log").toFile());
        b.environment().put("FOURMILIERE_DATA_DIR", data.toString());
        b.environment().put("FOURMILIERE_DB_URL", url.replaceAll("\\?.*", ""));
        b.environment().put("FOURMILIERE_DB_USER", user);
        b.environment().put("FOURMILIERE_DB_PASSWORD", System.getProperty("test.db.password", ""));
        other = b.start();
        Api api = new Api(otherPort);
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> api.get("/actuator/health").status() == 200);
    }

    @AfterAll
    void stopTheOtherNode() {
        if (other != null) {
            other.destroy();
            await().atMost(Duration.ofMinutes(1)).until(() -> !other.isAlive());
        }
    }

    @Test
    void aSessionOpenedOnOneNodeIsGoodOnTheOther() throws Exception {
        String email = "two-nodes-" + System.nanoTime() + "@test.local";
        accounts.createAccount(email, "two-nodes-password-1", null, "en", false);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        var login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(login.body());
        assertThat(m.find()).isTrue();
        var signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=two-nodes-password-1&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        // the same cookie, the other node
        var account = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + otherPort + "/account?lang=en")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains(email);
    }

    @Test
    void aTokenRevokedOnOneNodeIsRefusedByTheOther() {
        String email = "two-nodes-token-" + System.nanoTime() + "@test.local";
        accounts.createAccount(email, "two-nodes-password-1", null, "en", false);
        var created = new Api(port).basic(email, "two-nodes-password-1").post("/api/v1/tokens", "{\"name\":\"node\"}");
        String token = created.json().get("token").asString();
        long id = created.json().get("id").asLong();
        Api onOther = new Api(otherPort).bearer(token);
        assertThat(onOther.get("/api/v1/tokens").status()).isEqualTo(200); // now known valid in the other node's memory
        assertThat(new Api(port).bearer(token).delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(20)).until(() -> onOther.get("/api/v1/tokens").status() == 401);
    }

    @Test
    void eachRecurringJobIsOneRowThatOneNodeAtATimeMayPick() {
        // both nodes scheduled their recurring jobs at start: the scheduler keeps one row per job, and a node runs a job
        // only after taking that row (picked, with its name), so that a run happens on one node only
        var doubled = jdbc.sql("SELECT task_name FROM scheduled_tasks GROUP BY task_name, task_instance HAVING COUNT(*) > 1")
                .query((rs, n) -> rs.getString(1)).list();
        assertThat(doubled).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks").query(Long.class).single()).isPositive();
        var pickers = jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE picked = TRUE GROUP BY task_name, task_instance HAVING COUNT(DISTINCT picked_by) > 1")
                .query(Long.class).list();
        assertThat(pickers).isEmpty();
        assertThat(Arrays.asList(other.isAlive())).containsOnly(true);
    }

    @Test
    void withBothNodesRunningTheOutboxJobEachMessageIsSentOnce() {
        String to = "two-nodes-" + System.nanoTime() + "@localhost";
        int count = 40;
        List<String> ids = new ArrayList<>();
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < count; i++) {
                ids.add(outbox.enqueue(new OutgoingMail(List.of(to), "en", "Once " + i, "Message " + i, null, null,
                        List.of(), false, null, null, to + ":" + i)));
            }
        });
        // watch which node takes the outbox's job (each runs it every second, under its own scheduler name) until every
        // message has arrived and both nodes have been seen taking it
        Set<String> pickers = new java.util.HashSet<>();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(10)).until(() -> {
            pickers.addAll(jdbc.sql("SELECT picked_by FROM scheduled_tasks WHERE task_name = 'mail-outbox' AND picked = TRUE")
                    .query(String.class).list());
            return pickers.contains(OTHER_NODE) && pickers.size() > 1 && mail.receivedBy(to).size() >= count;
        });
        // a second sending, if there were one, would come within the next seconds: none does
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> mail.receivedBy(to).size() == count);
        Map<String, Integer> times = new HashMap<>();
        for (var m : mail.receivedBy(to)) {
            try {
                times.merge(m.getMessageID(), 1, Integer::sum);
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }
        assertThat(times).hasSize(count);
        assertThat(times.values()).containsOnly(1);
        assertThat(times.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    }
}
