package org.fourmiliere.accounts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.accounts.AccountChanged;
import org.fourmiliere.accounts.AccountCreated;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: creation, passwords, the throttling of failed log-ins, the language of each person. */
@Service
public class AccountService implements AccountDirectory {

    /** Failed log-ins allowed before the account is locked for a while. */
    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);
    public static final int MIN_PASSWORD_LENGTH = 10;

    static final RowMapper<AccountRow> ROW = (rs, n) -> new AccountRow(rs.getLong("id"), rs.getString("email"),
            rs.getString("password_hash"), (Long) rs.getObject("person_id", Long.class), rs.getBoolean("administrator"),
            rs.getBoolean("must_change_password"), rs.getBoolean("enabled"), rs.getString("language"),
            rs.getInt("failed_logins"),
            rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant());

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    /** The entity type of accounts in the audit trail. */
    static final String AUDIT_TYPE = "account";

    AccountService(JdbcClient jdbc, PasswordEncoder encoder, Clock clock, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.encoder = encoder;
        this.clock = clock;
        this.audit = audit;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    }

    public Optional<AccountRow> byEmail(String email) {
        return jdbc.sql("SELECT * FROM account WHERE LOWER(email) = LOWER(:email)").param("email", email.trim())
                .query(ROW).optional();
    }

    public Optional<AccountRow> byId(long id) {
        return jdbc.sql("SELECT * FROM account WHERE id = :id").param("id", id).query(ROW).optional();
    }

    public List<AccountRow> all() {
        return jdbc.sql("SELECT * FROM account ORDER BY email").query(ROW).list();
    }

    @Override
    @Transactional
    public long createAccount(String email, String password, Long personId, String language, boolean mustChange) {
        return create(email, password, personId, language, false, mustChange);
    }

    @Override
    @Transactional
    public String createAccountWithOneTimePassword(String email, long personId, String language) {
        String oneTime = OneTimePasswords.next();
        create(email, oneTime, personId, language, false, true);
        return oneTime;
    }

    @Transactional
    public long create(String email, String password, Long personId, String language, boolean admin, boolean mustChange) {
        String normalized = email.trim().toLowerCase();
        if (byEmail(normalized).isPresent()) {
            throw new Problems.Conflict("email", "account.email.taken", normalized);
        }
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    INSERT INTO account (email, password_hash, person_id, administrator, must_change_password, language, created_at)
                    VALUES (:email, :hash, :person, :admin, :must, :lang, :now)""")
                .param("email", normalized).param("hash", encoder.encode(password)).param("person", personId)
                .param("admin", admin).param("must", mustChange).param("lang", "en".equals(language) ? "en" : "fr")
                .param("now", Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw new Problems.Conflict("email", "account.email.taken", normalized);
        }
        long id = keys.getKeyAs(Long.class);
        audit.record(AUDIT_TYPE, id, "created", null, Map.of("email", normalized, "administrator", admin));
        events.publishEvent(new AccountCreated(id, personId));
        return id;
    }

    @Override
    public Optional<Long> accountIdOfPerson(long personId) {
        return jdbc.sql("SELECT id FROM account WHERE person_id = :p").param("p", personId).query(Long.class).optional();
    }

    @Override
    @Transactional
    public void linkPerson(String email, long personId) {
        byEmail(email).filter(row -> row.personId() == null).ifPresent(row -> {
            jdbc.sql("UPDATE account SET person_id = :p WHERE id = :id AND person_id IS NULL")
                    .param("p", personId).param("id", row.id()).update();
            audit.record(AUDIT_TYPE, row.id(), "person-linked", null, Map.of("person", personId));
            events.publishEvent(new AccountChanged(row.id()));
        });
    }

    /** Changes a password after checking the current one. */
    @Transactional
    public void changePassword(long accountId, String current, String next) {
        AccountRow row = byId(accountId).orElseThrow(() -> new Problems.NotFound("problem.not-found"));
        if (!encoder.matches(current, row.passwordHash())) {
            throw new Problems.InvalidInput("currentPassword", "account.password.wrong");
        }
        if (next == null || next.length() < MIN_PASSWORD_LENGTH) {
            throw new Problems.InvalidInput("newPassword", "account.password.too-short", MIN_PASSWORD_LENGTH);
        }
        if (encoder.matches(next, row.passwordHash())) {
            throw new Problems.InvalidInput("newPassword", "account.password.same");
        }
        jdbc.sql("UPDATE account SET password_hash = :h, must_change_password = FALSE WHERE id = :id")
                .param("h", encoder.encode(next)).param("id", accountId).update();
        audit.record(AUDIT_TYPE, accountId, "password-changed", null, null);
        events.publishEvent(new AccountChanged(accountId));
    }

    @Transactional
    public void setLanguage(long accountId, String language) {
        String lang = "en".equals(language) ? "en" : "fr";
        if (jdbc.sql("UPDATE account SET language = :l WHERE id = :id AND language <> :l")
                .param("l", lang).param("id", accountId).update() > 0) {
            audit.record(AUDIT_TYPE, accountId, "language-changed", null, Map.of("language", lang));
            events.publishEvent(new AccountChanged(accountId));
        }
    }

    @Transactional
    public void setEnabled(long accountId, boolean enabled) {
        AccountRow row = byId(accountId).orElseThrow(() -> new Problems.NotFound("problem.not-found"));
        jdbc.sql("UPDATE account SET enabled = :e WHERE id = :id").param("e", enabled).param("id", accountId).update();
        audit.record(AUDIT_TYPE, accountId, enabled ? "enabled" : "disabled",
                Map.of("enabled", row.enabled()), Map.of("enabled", enabled));
        events.publishEvent(new AccountChanged(accountId));
    }

    /** A failed log-in: after {@value #FREE_FAILURES} in a row the account locks, longer each time. */
    @Transactional
    public void recordFailure(String email) {
        byEmail(email).ifPresent(row -> {
            int failures = row.failedLogins() + 1;
            Instant lockedUntil = null;
            if (failures >= FREE_FAILURES) {
                long factor = 1L << Math.min(failures - FREE_FAILURES, 6);
                Duration lock = FIRST_LOCK.multipliedBy(factor);
                if (lock.compareTo(LONGEST_LOCK) > 0) lock = LONGEST_LOCK;
                lockedUntil = Instant.now(clock).plus(lock);
            }
            jdbc.sql("UPDATE account SET failed_logins = :f, locked_until = :l WHERE id = :id")
                    .param("f", failures).param("l", lockedUntil == null ? null : Timestamp.from(lockedUntil))
                    .param("id", row.id()).update();
        });
    }

    public void recordSuccess(String email) {
        jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE LOWER(email) = LOWER(:e) AND failed_logins > 0")
                .param("e", email).update();
    }

    public boolean isLocked(AccountRow row) {
        return row.lockedUntil() != null && row.lockedUntil().isAfter(Instant.now(clock));
    }
}
