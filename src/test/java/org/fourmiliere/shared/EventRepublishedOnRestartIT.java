package org.fourmiliere.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.awaitility.core.ConditionTimeoutException;
import org.fourmiliere.FourmiliereApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reaction after commit that fails leaves its publication incomplete in {@code event_publication}; when the
 * application starts again on the same database, the event is published again and the reaction completes.
 * Two real starts of the application on one embedded database, as {@link RestartIT} does.
 */
class EventRepublishedOnRestartIT {

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
    void anIncompletePublicationIsCompletedAfterARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("fourmiliere-events");
        String[] args = {
                "--server.port=0",
                "--fourmiliere.data-dir=" + dataDir,
                "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/fourmiliere;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--fourmiliere.db.url=", "--fourmiliere.db.user=",
                "--spring.flyway.clean-disabled=true"
        };
        String key = "restart-" + System.nanoTime();
        try (ConfigurableApplicationContext first = start(args)) {
            TransactionTemplate tx = first.getBean(TransactionTemplate.class);
            ApplicationEventPublisher events = first;
            tx.executeWithoutResult(status -> events.publishEvent(new Happened(key)));
            assertThat(within(() -> Reaction.attempts.get() == 1)).as("tried after the commit").isTrue();
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(within(() -> incomplete(jdbc, key) == 1)).as("left incomplete").isTrue();
        }

        Reaction.failing = false;
        try (ConfigurableApplicationContext second = start(args)) {
            assertThat(within(() -> Reaction.done.contains(key))).as("published again on start").isTrue();
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(within(() -> incomplete(jdbc, key) == 0)).as("then completed").isTrue();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NOT NULL AND serialized_event LIKE :k")
                    .param("k", "%" + key + "%").query(Long.class).single()).isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(String[] args) {
        return new SpringApplicationBuilder(FourmiliereApplication.class, Reaction.class).run(args);
    }

    private static long incomplete(JdbcClient jdbc, String key) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :k")
                .param("k", "%" + key + "%").query(Long.class).single();
    }

    /** Whether the condition comes true within ten seconds. */
    private static boolean within(BooleanSupplier condition) {
        try {
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(condition::getAsBoolean);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }
}
