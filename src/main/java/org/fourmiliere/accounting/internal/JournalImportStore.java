package org.fourmiliere.accounting.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.fourmiliere.accounting.internal.ledgerstream.JournalWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the progress of journal imports ({@code journal_import}), and gives an import the fast
 * writer of the transaction's connection. No rules here: see {@link JournalImport}.
 */
@Repository
class JournalImportStore {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    JournalImportStore(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    long start(Instant at, String actor) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO journal_import (started_at, status, actor) VALUES (:at, 'RUNNING', :actor)")
                .param("at", Timestamp.from(at)).param("actor", actor).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<JournalImport.Progress> progress(long id) {
        return jdbc.sql("SELECT id, status, lines_read, entries, postings, started_at, finished_at FROM journal_import WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new JournalImport.Progress(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getTimestamp(6).toInstant(), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .optional();
    }

    /** Writes where an import stands; {@code finishedAt} null while it runs. */
    void report(long id, String status, long lines, long entries, long postings, Instant finishedAt) {
        jdbc.sql("""
                UPDATE journal_import SET status = :status, lines_read = :lines, entries = :entries, postings = :postings,
                       finished_at = :finished WHERE id = :id""")
                .param("status", status).param("lines", lines).param("entries", entries).param("postings", postings)
                .param("finished", finishedAt == null ? null : Timestamp.from(finishedAt)).param("id", id)
                .update();
    }

    /** The writer of journal batches on the connection of the current transaction. */
    JournalWriter writer(long importId, Instant at, String actor) {
        return JournalWriter.of(DataSourceUtils.getConnection(dataSource), importId, at, actor);
    }

    /**
     * After a large import, PostgreSQL's planner needs fresh statistics to pick the indexes, and VACUUM marks
     * the new pages all-visible, which lets the general ledger read the postings from the account index
     * alone (an index-only scan). Posted lines never change, so the pages stay all-visible.
     */
    void refreshStatistics() {
        try (Connection c = dataSource.getConnection()) {
            if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                try (var st = c.createStatement()) {
                    // VACUUM cannot run inside a transaction block
                    st.execute((c.getAutoCommit() ? "VACUUM (ANALYZE)" : "ANALYZE") + " journal_entry, journal_line, ledger_month_total");
                }
            }
        } catch (SQLException e) {
            // statistics and the visibility map are optimisations; autovacuum will see to them anyway
        }
    }
}
