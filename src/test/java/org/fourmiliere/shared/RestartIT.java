package org.fourmiliere.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.fourmiliere.FourmiliereApplication;
import org.fourmiliere.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application started twice on one embedded database folder, as after a crash or an upgrade: what the first
 * run wrote is there in the second, and a reaction after commit that failed in the first run (its publication left
 * incomplete in {@code event_publication}) is published again when the second starts, and completes.
 */
class RestartIT {

    /** An event only {@link Reaction} listens to. */
    public record Happened(String key) {}

    /** A reaction that fails while {@link #failing}, as one cut by a crash or a passing fault would. */
    public static class Reaction {
        static volatile boolean failing = true;
        static final AtomicInteger attempts = new AtomicInteger();
        static final Set<String> done = ConcurrentHashMap.newKeySet();

        @ApplicationModuleListener
        public void on(Happened event) {
            attempts.incrementAndGet();
            if (failing) throw new IllegalStateException("fails before the restart, on purpose");
            done.add(event.key());
        }
    }

    @Test
    void dataAndUnfinishedReactionsSurviveARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("fourmiliere-restart");
        String[] args = {
                "--server.port=0",
                "--fourmiliere.data-dir=" + dataDir,
                "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/fourmiliere;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--fourmiliere.db.url=", "--fourmiliere.db.user=",
                "--fourmiliere.admin.email=restart@test.local", "--fourmiliere.admin.password=restart-password-1",
                "--spring.flyway.clean-disabled=true"
        };
        String key = "restart-" + System.nanoTime();
        String token;
        try (ConfigurableApplicationContext first = start(args)) {
            Api api = new Api(port(first));
            var created = api.basic("restart@test.local", "restart-password-1").post("/api/v1/tokens", "{\"name\":\"before restart\"}");
            assertThat(created.status()).isEqualTo(201);
            token = created.json().get("token").asString();

            first.getBean(TransactionTemplate.class).executeWithoutResult(status -> first.publishEvent(new Happened(key)));
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            await("tried after the commit, and left incomplete").atMost(Duration.ofSeconds(10))
                    .until(() -> Reaction.attempts.get() == 1 && publications(jdbc, key, false) == 1);
        }
        assertThat(dataDir.resolve("fourmiliere.mv.db")).exists();

        Reaction.failing = false;
        try (ConfigurableApplicationContext second = start(args)) {
            var list = new Api(port(second)).bearer(token).get("/api/v1/tokens");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body()).contains("before restart");

            JdbcClient jdbc = second.getBean(JdbcClient.class);
            await("published again on start, then completed").atMost(Duration.ofSeconds(10))
                    .until(() -> Reaction.done.contains(key) && publications(jdbc, key, false) == 0);
            assertThat(publications(jdbc, key, true)).isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(String[] args) {
        return new SpringApplicationBuilder(FourmiliereApplication.class, Reaction.class).run(args);
    }

    private static long publications(JdbcClient jdbc, String key, boolean completed) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :k AND completion_date IS "
                        + (completed ? "NOT NULL" : "NULL"))
                .param("k", "%" + key + "%").query(Long.class).single();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
