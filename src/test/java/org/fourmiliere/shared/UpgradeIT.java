package org.fourmiliere.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.fourmiliere.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A database made by the previous release — its schema at the last migration of that release, with data written as
 * that release wrote it — migrates to the current schema with its data intact: accounts and their password hashes,
 * access tokens (then without an end), members, a balanced journal entry and its monthly totals. On PostgreSQL it runs
 * in a schema of its own of the run's database; on H2 in a database file of its own, with the same settings as the
 * application's embedded database (a file, as an installation's is: in an in-memory database, H2 refuses a check
 * constraint made by Flyway as invalid when another connection writes there).
 */
@IntegrationTest
class UpgradeIT {

    /** The last migration of the previous release (0.1, before sign-in throttling and token ends). */
    static final String PREVIOUS_RELEASE = "202612061700";

    @Autowired DataSource dataSource;
    @Autowired org.springframework.core.env.Environment environment;
    String url;
    String user;

    private Connection connect() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(url, user, System.getProperty("test.db.password", ""));
    }

    @Test
    void aDatabaseOfThePreviousReleaseMigratesWithItsDataIntact() throws Exception {
        String name = "upgrade_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String schema = name;
        String vendor;
        // connections of their own, never the pool's: a pooled connection left on another schema would serve the application
        try (Connection c = dataSource.getConnection()) {
            vendor = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? "postgresql" : "h2";
            // the URL the application's pool was made from (on H2 it carries the compatibility settings)
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName();
            if (url.startsWith("jdbc:h2:")) {
                url = environment.getProperty("spring.datasource.url", url).replaceFirst("jdbc:h2:mem:[^;]+",
                        "jdbc:h2:file:" + java.nio.file.Files.createTempDirectory("upgrade").resolve(name)).replace(";DB_CLOSE_DELAY=-1", "");
                schema = "public";
            }
        }
        Flyway previous = flyway(schema, vendor, PREVIOUS_RELEASE);
        previous.migrate();
        try (Connection c = connect()) {
            c.setSchema(schema);
            try (Statement s = c.createStatement()) {
                assertThat(columns(c, schema, "access_token")).doesNotContain("expires_at");
                s.executeUpdate("INSERT INTO account (id, email, password_hash, administrator, language, created_at) VALUES "
                        + "(9001, 'old@example.org', '$2a$10$7EqJtq98hPqEX7fNZaFWoO5lo/V9vKyBXAYXv6ZzGzsv0q8G.kKuW', TRUE, 'fr', TIMESTAMP WITH TIME ZONE '2026-01-05 10:00:00+00')");
                s.executeUpdate("INSERT INTO access_token (account_id, name, token_hash, prefix, created_at, last_used_at) VALUES "
                        + "(9001, 'script', '" + "ab".repeat(32) + "', 'fmt_abcdef', TIMESTAMP WITH TIME ZONE '2026-01-05 10:00:00+00', "
                        + "TIMESTAMP WITH TIME ZONE '2026-02-01 12:00:00+00')");
                s.executeUpdate("INSERT INTO member (id, kind, name, email, language, created_at, updated_at) VALUES "
                        + "(9002, 'INDIVIDUAL', 'Ancienne Membre', 'ancienne@example.org', 'fr', "
                        + "TIMESTAMP WITH TIME ZONE '2026-01-05 10:00:00+00', TIMESTAMP WITH TIME ZONE '2026-01-05 10:00:00+00')");
                s.executeUpdate("INSERT INTO ledger_account (id, code, ledger_name, name_fr, name_en, type) VALUES "
                        + "(9003, '1000', 'Actif:Banque', 'Banque', 'Bank', 'ASSET'), (9004, '4000', 'Revenus:Services', 'Services', 'Services', 'REVENUE')");
                s.executeUpdate("INSERT INTO journal_entry (id, entry_date, description, total, line_count, posted_at, posted_by) VALUES "
                        + "(9005, DATE '2026-01-15', 'Facture 12', 1234.56, 2, TIMESTAMP WITH TIME ZONE '2026-01-15 10:00:00+00', 'old@example.org')");
                s.executeUpdate("INSERT INTO journal_line (entry_id, line_no, entry_date, account_id, amount, description) VALUES "
                        + "(9005, 1, DATE '2026-01-15', 9003, 1234.56, 'Facture 12'), (9005, 2, DATE '2026-01-15', 9004, -1234.56, 'Facture 12')");
                s.executeUpdate("INSERT INTO ledger_month_total (account_id, department_id, month_start, amount, line_count) VALUES "
                        + "(9003, 0, DATE '2026-01-01', 1234.56, 1), (9004, 0, DATE '2026-01-01', -1234.56, 1)");
            }
        }

        var result = flyway(schema, vendor, null).migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).as("migrations of this release applied").isPositive();

        try (Connection c = connect()) {
            c.setSchema(schema);
            assertThat(columns(c, schema, "access_token")).contains("expires_at");
            assertThat(one(c, "SELECT email || '|' || password_hash || '|' || administrator FROM account WHERE id = 9001"))
                    .isEqualToIgnoringCase("old@example.org|$2a$10$7EqJtq98hPqEX7fNZaFWoO5lo/V9vKyBXAYXv6ZzGzsv0q8G.kKuW|true");
            assertThat(one(c, "SELECT name || '|' || prefix || '|' || COALESCE(CAST(expires_at AS VARCHAR(40)), 'none') FROM access_token WHERE account_id = 9001"))
                    .isEqualTo("script|fmt_abcdef|none");
            assertThat(one(c, "SELECT name FROM member WHERE id = 9002")).isEqualTo("Ancienne Membre");
            assertThat(new BigDecimal(one(c, "SELECT SUM(amount) FROM journal_line WHERE entry_id = 9005"))).isZero();
            assertThat(one(c, "SELECT COUNT(*) FROM ledger_month_total t WHERE t.amount <> "
                    + "(SELECT SUM(l.amount) FROM journal_line l WHERE l.account_id = t.account_id AND l.entry_date >= t.month_start)"))
                    .isEqualTo("0");
        } finally {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("h2".equals(vendor) ? "DROP ALL OBJECTS" : "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private Flyway flyway(String schema, String vendor, String target) {
        var config = Flyway.configure().dataSource(url, user, System.getProperty("test.db.password", "")).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor).failOnMissingLocations(false);
        if (target != null) config = config.target(target);
        return config.load();
    }

    private static String one(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

    private static java.util.List<String> columns(Connection c, String schema, String table) throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, schema, table, null)) {
            while (rs.next()) names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
