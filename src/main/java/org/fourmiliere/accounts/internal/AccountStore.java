package org.fourmiliere.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes the table of accounts. No rules here: see {@link AccountService} and {@link SignInLock}. */
@Repository
class AccountStore {

    private static final String COLUMNS =
            "id, email, password_hash, person_id, administrator, must_change_password, enabled, language, failed_logins, locked_until";

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    }

    Optional<AccountRow> byEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE LOWER(email) = LOWER(:email)").param("email", email)
                .query(AccountStore::row).optional();
    }

    Optional<AccountRow> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = :id").param("id", id).query(AccountStore::row).optional();
    }

    List<AccountRow> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account ORDER BY email").query(AccountStore::row).list();
    }

    Optional<Long> idOfPerson(long personId) {
        return jdbc.sql("SELECT id FROM account WHERE person_id = :p").param("p", personId).query(Long.class).optional();
    }

    /** Adds an account and answers its id; a taken e-mail address fails with the database's duplicate key. */
    long insert(String email, String passwordHash, Long personId, boolean administrator, boolean mustChange, String language,
                Instant createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO account (email, password_hash, person_id, administrator, must_change_password, language, created_at)
                VALUES (:email, :hash, :person, :admin, :must, :lang, :now)""")
                .param("email", email).param("hash", passwordHash).param("person", personId)
                .param("admin", administrator).param("must", mustChange).param("lang", language)
                .param("now", Timestamp.from(createdAt))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Links the account to a person unless it already has one; answers whether it did. */
    boolean linkPerson(long accountId, long personId) {
        return jdbc.sql("UPDATE account SET person_id = :p WHERE id = :id AND person_id IS NULL")
                .param("p", personId).param("id", accountId).update() > 0;
    }

    /** The same password's hash in a newer encoding: nothing else of the account changes. */
    void setPasswordHash(long accountId, String passwordHash) {
        jdbc.sql("UPDATE account SET password_hash = :h WHERE id = :id").param("h", passwordHash).param("id", accountId).update();
    }

    void setPassword(long accountId, String passwordHash) {
        jdbc.sql("UPDATE account SET password_hash = :h, must_change_password = FALSE WHERE id = :id")
                .param("h", passwordHash).param("id", accountId).update();
    }

    /** Answers whether the language changed. */
    boolean setLanguage(long accountId, String language) {
        return jdbc.sql("UPDATE account SET language = :l WHERE id = :id AND language <> :l")
                .param("l", language).param("id", accountId).update() > 0;
    }

    void setEnabled(long accountId, boolean enabled) {
        jdbc.sql("UPDATE account SET enabled = :e WHERE id = :id").param("e", enabled).param("id", accountId).update();
    }

    void setFailures(long accountId, int failures, Instant lockedUntil) {
        jdbc.sql("UPDATE account SET failed_logins = :f, locked_until = :l WHERE id = :id")
                .param("f", failures).param("l", lockedUntil == null ? null : Timestamp.from(lockedUntil))
                .param("id", accountId).update();
    }

    /** Forgets the failed sign-ins of the account of that e-mail address, if it has any. */
    void clearFailures(String email) {
        jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE LOWER(email) = LOWER(:e) AND failed_logins > 0")
                .param("e", email).update();
    }

    private static AccountRow row(ResultSet rs, int n) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new AccountRow(rs.getLong("id"), rs.getString("email"), rs.getString("password_hash"),
                rs.getObject("person_id", Long.class), rs.getBoolean("administrator"), rs.getBoolean("must_change_password"),
                rs.getBoolean("enabled"), rs.getString("language"), rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant());
    }
}
