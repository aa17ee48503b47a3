package org.fourmiliere.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.fourmiliere.accounts.Status;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.TestStatuses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Statuses are computed once per account and kept between requests until a committed audited change may
 * have altered them; then the very next request sees the change. Time entries, declared status-neutral by
 * their module, keep them. On PostgreSQL, a change committed by another node is heard too.
 */
@IntegrationTest
class StatusCacheIT {

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired TokenService tokens;
    @Autowired AuditTrail audit;
    @Autowired TransactionTemplate tx;
    @Autowired DataSource dataSource;

    @Test
    void statusesAreKeptUntilAChangeThatMayAlterThemIsCommitted() {
        long person = TestStatuses.FIRST_ID + 500_000_000L + (System.nanoTime() % 1_000_000);
        TestStatuses.assign(person, EnumSet.of(Status.WORKER));
        long account = accounts.create("cache-" + System.nanoTime() + "@test.local", "cache-password-1", person, "en", false, false);
        Api api = new Api(port).bearer(tokens.create(account, "cache").token());

        assertThat(api.get("/api/v1/reports/trial-balance").status()).isEqualTo(200);
        int computed = TestStatuses.asked(person);
        for (int i = 0; i < 5; i++) assertThat(api.get("/api/v1/reports/trial-balance").status()).isEqualTo(200);
        assertThat(TestStatuses.asked(person)).as("computed once for six requests").isEqualTo(computed);

        commitAudited("time_entry");
        assertThat(api.get("/api/v1/tokens").status()).isEqualTo(200);
        assertThat(TestStatuses.asked(person)).as("a time entry changes no status").isEqualTo(computed);

        TestStatuses.assign(person, Set.of());
        commitAudited("membership");
        assertThat(api.get("/api/v1/reports/trial-balance").status()).as("the change is seen at once").isEqualTo(403);
        assertThat(TestStatuses.asked(person)).isEqualTo(computed + 1);
    }

    @Test
    void aChangeNotYetCommittedIsNotKeptAsIfItWere() {
        long person = TestStatuses.FIRST_ID + 600_000_000L + (System.nanoTime() % 1_000_000);
        TestStatuses.assign(person, EnumSet.of(Status.WORKER));
        long account = accounts.create("cache-tx-" + System.nanoTime() + "@test.local", "cache-password-1", person, "en", false, false);
        Api api = new Api(port).bearer(tokens.create(account, "cache").token());
        assertThat(api.get("/api/v1/reports/trial-balance").status()).isEqualTo(200);

        tx.executeWithoutResult(status -> {
            audit.record("membership", person, "ended", null, Map.of());
            TestStatuses.assign(person, Set.of());
            // while the change is not committed, a request keeps what it had
            assertThat(api.get("/api/v1/reports/trial-balance").status()).isEqualTo(200);
        });
        assertThat(api.get("/api/v1/reports/trial-balance").status()).as("once committed").isEqualTo(403);
    }

    @Test
    void aChangeCommittedByAnotherNodeIsHeardHere() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assumeTrue(c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"),
                    "nodes share only a PostgreSQL database");
        }
        long person = TestStatuses.FIRST_ID + 700_000_000L + (System.nanoTime() % 1_000_000);
        TestStatuses.assign(person, EnumSet.of(Status.WORKER));
        long account = accounts.create("cache-node-" + System.nanoTime() + "@test.local", "cache-password-1", person, "en", false, false);
        Api api = new Api(port).bearer(tokens.create(account, "cache").token());
        assertThat(api.get("/api/v1/reports/trial-balance").status()).isEqualTo(200);

        // another node ends the membership: its transaction sends the announcement, this node only hears it
        TestStatuses.assign(person, Set.of());
        try (Connection other = dataSource.getConnection(); Statement st = other.createStatement()) {
            st.execute("SELECT pg_notify('fourmiliere_changes', 'membership')");
        }
        await("heard within five seconds").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/v1/reports/trial-balance").status() == 403);
    }

    private void commitAudited(String entityType) {
        tx.executeWithoutResult(status -> audit.record(entityType, 0, "test", null, Map.of()));
    }
}
