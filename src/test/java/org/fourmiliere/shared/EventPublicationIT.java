package org.fourmiliere.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.awaitility.core.ConditionTimeoutException;
import org.fourmiliere.support.FailingOnce;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.timesheets.TimeEntryChanged;
import org.fourmiliere.timesheets.TimeEntryRecorded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reaction after commit is recorded in the event publication registry (table {@code event_publication}) in the
 * publishing transaction; when it fails, its publication stays incomplete and is published again when the
 * application starts, until the reaction succeeds.
 */
@IntegrationTest
class EventPublicationIT {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired FailingOnce failingOnce;
    @Autowired Environment environment;

    @Test
    void aReactionThatFailedIsPublishedAgainOnRestartUntilItSucceeds() {
        String key = "probe-" + System.nanoTime();
        tx.executeWithoutResult(status -> events.publishEvent(new FailingOnce.Probe(key)));

        assertThat(within(() -> failingOnce.attempts(key) == 1)).as("the reaction ran after the commit").isTrue();
        await("kept, incomplete, once the failed attempt is over").during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                .until(() -> publications(key, false) == 1);
        assertThat(publications(key, true)).isZero();
        assertThat(failingOnce.handled(key)).isFalse();

        // what a start of the application does with the publications left incomplete
        assertThat(environment.getProperty("spring.modulith.events.republish-outstanding-events-on-restart", Boolean.class))
                .as("configured to republish on restart").isTrue();
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof FailingOnce.Probe probe && probe.key().equals(key));

        assertThat(within(() -> failingOnce.handled(key))).as("handled the second time").isTrue();
        assertThat(within(() -> publications(key, true) == 1)).as("then completed").isTrue();
        assertThat(publications(key, false)).isZero();
        assertThat(failingOnce.attempts(key)).isEqualTo(2);
    }

    @Test
    void aPublicationIsWrittenWithItsTransactionOnly() {
        String key = "rolled-back-" + System.nanoTime();
        tx.executeWithoutResult(status -> {
            events.publishEvent(new FailingOnce.Probe(key));
            status.setRollbackOnly();
        });
        await("nothing kept").during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                .until(() -> publications(key, false) + publications(key, true) == 0);
        assertThat(failingOnce.attempts(key)).as("no reaction to what did not happen").isZero();
    }

    @Test
    void anEventWithoutReactionAfterCommitLeavesNoRow() {
        long before = jdbc.sql("SELECT COUNT(*) FROM event_publication").query(Long.class).single();
        // what a punch publishes: only caches and same-transaction listeners may hear it, so nothing is kept
        tx.executeWithoutResult(status -> {
            events.publishEvent(new TimeEntryRecorded(1, 1));
            events.publishEvent(new TimeEntryChanged(1, 1));
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication").query(Long.class).single()).isEqualTo(before);
    }

    private long publications(String key, boolean completed) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :k AND completion_date IS "
                        + (completed ? "NOT NULL" : "NULL"))
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
