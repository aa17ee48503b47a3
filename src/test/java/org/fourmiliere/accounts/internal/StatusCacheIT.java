package org.fourmiliere.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.awaitility.core.ConditionTimeoutException;
import org.fourmiliere.accounts.Status;
import org.fourmiliere.members.MembershipEnded;
import org.fourmiliere.shared.ModuleEvent;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.TestStatuses;
import org.fourmiliere.timesheets.MonthLocked;
import org.fourmiliere.timesheets.TimeEntryRecorded;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Statuses are computed once per account and kept between requests until an event is committed after which
 * they may differ (one a status contributor names); then the very next request sees the change. Time entries
 * keep them. On PostgreSQL, such an event is sent to the other nodes, and one committed by another node is
 * heard here.
 */
@IntegrationTest
class StatusCacheIT {

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired TokenService tokens;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired DataSource dataSource;

    @Test
    void statusesAreKeptUntilAnEventThatMayAlterThemIsCommitted() {
        long person = TestStatuses.FIRST_ID + 500_000_000L + (System.nanoTime() % 1_000_000);
        TestStatuses.assign(person, EnumSet.of(Status.WORKER));
        Api api = signedIn(person, "cache-");

        assertThat(api.get("/api/v1/reports/trial-balance").status()).isEqualTo(200);
        int computed = TestStatuses.asked(person);
        for (int i = 0; i < 5; i++) assertThat(api.get("/api/v1/reports/trial-balance").status()).isEqualTo(200);
        assertThat(TestStatuses.asked(person)).as("computed once for six requests").isEqualTo(computed);

        commit(new TimeEntryRecorded(1, person));
        assertThat(api.get("/api/v1/tokens").status()).isEqualTo(200);
        assertThat(TestStatuses.asked(person)).as("a time entry changes no status").isEqualTo(computed);

        commit(new MembershipEnded(person, 1, LocalDate.of(2026, 1, 1)));
        assertThat(api.get("/api/v1/reports/trial-balance").status()).isEqualTo(200);
        assertThat(TestStatuses.asked(person)).as("the members module names its events").isEqualTo(computed + 1);

        TestStatuses.assign(person, Set.of());
        commit(new TestStatuses.Changed(person));
        assertThat(api.get("/api/v1/reports/trial-balance").status()).as("the change is seen at once").isEqualTo(403);
        assertThat(TestStatuses.asked(person)).isEqualTo(computed + 2);
    }

    @Test
    void aChangeNotYetCommittedIsNotKeptAsIfItWere() {
        long person = TestStatuses.FIRST_ID + 600_000_000L + (System.nanoTime() % 1_000_000);
        TestStatuses.assign(person, EnumSet.of(Status.WORKER));
        Api api = signedIn(person, "cache-tx-");
        assertThat(api.get("/api/v1/reports/trial-balance").status()).isEqualTo(200);

        tx.executeWithoutResult(status -> {
            events.publishEvent(new TestStatuses.Changed(person));
            TestStatuses.assign(person, Set.of());
            // while the change is not committed, a request keeps what it had
            assertThat(api.get("/api/v1/reports/trial-balance").status()).isEqualTo(200);
        });
        assertThat(api.get("/api/v1/reports/trial-balance").status()).as("once committed").isEqualTo(403);
    }

    @Test
    void aChangeCommittedByAnotherNodeIsHeardHere() throws Exception {
        assumePostgres();
        long person = TestStatuses.FIRST_ID + 700_000_000L + (System.nanoTime() % 1_000_000);
        TestStatuses.assign(person, EnumSet.of(Status.WORKER));
        Api api = signedIn(person, "cache-node-");
        assertThat(api.get("/api/v1/reports/trial-balance").status()).isEqualTo(200);

        // another node commits the change: its transaction sends the event's type, this node only hears it
        TestStatuses.assign(person, Set.of());
        notifyAsAnotherNode(TestStatuses.Changed.class.getName());
        assertThat(statusWithinFiveSeconds(api, 200)).as("heard within five seconds").isEqualTo(403);

        // a type this build does not know (a node of another version) drops everything, to be safe
        TestStatuses.assign(person, EnumSet.of(Status.WORKER));
        notifyAsAnotherNode("org.fourmiliere.elsewhere.SomethingHappened");
        assertThat(statusWithinFiveSeconds(api, 403)).isEqualTo(200);
    }

    @Test
    void eventsThatSomethingKeptInMemoryDependsOnAreSentToTheOtherNodesOnCommitOnly() throws Exception {
        assumePostgres();
        try (Connection listening = dataSource.getConnection()) {
            listening.setAutoCommit(true);
            try (Statement st = listening.createStatement()) {
                st.execute("LISTEN fourmiliere_changes");
            }
            long person = TestStatuses.FIRST_ID + 800_000_000L + (System.nanoTime() % 1_000_000);
            tx.executeWithoutResult(status -> {
                events.publishEvent(new TestStatuses.Changed(person));
                status.setRollbackOnly();
            });
            commit(new TimeEntryRecorded(1, person));
            commit(new MonthLocked(YearMonth.of(1999, 1)));

            List<String> heard = heard(listening.unwrap(PGConnection.class), MonthLocked.class.getName());
            assertThat(heard).as("rolled back: not sent; a time entry: nobody keeps it")
                    .doesNotContain(TestStatuses.Changed.class.getName(), TimeEntryRecorded.class.getName())
                    .contains(MonthLocked.class.getName());
        }
    }

    private Api signedIn(long person, String prefix) {
        long account = accounts.create(prefix + System.nanoTime() + "@test.local", "cache-password-1", person, "en", false, false);
        return new Api(port).bearer(tokens.create(account, new AccountCommands.CreateToken("cache")).token());
    }

    private void commit(ModuleEvent event) {
        tx.executeWithoutResult(status -> events.publishEvent(event));
    }

    private void assumePostgres() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assumeTrue(c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"),
                    "nodes share only a PostgreSQL database");
        }
    }

    private void notifyAsAnotherNode(String eventType) throws Exception {
        try (Connection other = dataSource.getConnection(); Statement st = other.createStatement()) {
            st.execute("SELECT pg_notify('fourmiliere_changes', '" + eventType + "')");
        }
    }

    /** The status the API answers once it differs from {@code before}, or after five seconds. */
    private int statusWithinFiveSeconds(Api api, int before) {
        try {
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> api.get("/api/v1/reports/trial-balance").status() != before);
        } catch (ConditionTimeoutException unchanged) {
            // the caller's assertion says what was expected
        }
        return api.get("/api/v1/reports/trial-balance").status();
    }

    /** What the connection hears until {@code last} arrives (or five seconds pass). */
    private static List<String> heard(PGConnection pg, String last) throws Exception {
        List<String> heard = new ArrayList<>();
        for (int i = 0; i < 50 && !heard.contains(last); i++) {
            PGNotification[] n = pg.getNotifications(100);
            if (n != null) for (PGNotification x : n) heard.add(x.getParameter());
        }
        return heard;
    }
}
