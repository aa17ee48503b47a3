package org.fourmiliere.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Workers' saved searches ({@code request_saved_search}): SQL only, the rules are in {@link SavedSearches}. */
@Repository
class SavedSearchStore {

    private static final String COLUMNS = "id, account_id, person_id, name, queue_code, query_text, status, tag, unowned, shared, created_at";

    private final JdbcClient jdbc;

    SavedSearchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's own searches and those others share, by name. */
    List<SavedSearch> visibleTo(long accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM request_saved_search WHERE account_id = :a OR shared = TRUE "
                        + "ORDER BY LOWER(name), id FETCH FIRST 500 ROWS ONLY")
                .param("a", accountId).query(SavedSearchStore::row).list();
    }

    Optional<SavedSearch> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM request_saved_search WHERE id = :id").param("id", id)
                .query(SavedSearchStore::row).optional();
    }

    boolean nameTaken(long accountId, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM request_saved_search WHERE account_id = :a AND name = :n")
                .param("a", accountId).param("n", name).query(Long.class).single() > 0;
    }

    long countOf(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM request_saved_search WHERE account_id = :a").param("a", accountId)
                .query(Long.class).single();
    }

    long insert(SavedSearch s) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO request_saved_search (account_id, person_id, name, queue_code, query_text, status, tag, unowned,
                  shared, created_at)
                VALUES (:account, :person, :name, :queue, :q, :status, :tag, :unowned, :shared, :at)""")
                .param("account", s.accountId()).param("person", s.personId()).param("name", s.name())
                .param("queue", s.queueCode()).param("q", s.query()).param("status", s.status()).param("tag", s.tag())
                .param("unowned", s.unowned()).param("shared", s.shared()).param("at", Timestamp.from(s.createdAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM request_saved_search WHERE id = :id").param("id", id).update();
    }

    private static SavedSearch row(ResultSet rs, int n) throws SQLException {
        return new SavedSearch(rs.getLong("id"), rs.getLong("account_id"), rs.getObject("person_id", Long.class),
                rs.getString("name"), rs.getString("queue_code"), rs.getString("query_text"), rs.getString("status"), rs.getString("tag"),
                rs.getBoolean("unowned"), rs.getBoolean("shared"), rs.getTimestamp("created_at").toInstant());
    }
}
