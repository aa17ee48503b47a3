package org.fourmiliere.accounts.internal;

import java.time.Clock;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: creation, passwords, the throttling of failed log-ins ({@link SignInLock}), the language of each
 * person; with their audit and events. The SQL is {@link AccountStore}'s.
 */
@Service
public class AccountService implements AccountDirectory {

    public static final int MIN_PASSWORD_LENGTH = 10;

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    /** The entity type of accounts in the audit trail. */
    static final String AUDIT_TYPE = "account";

    AccountService(AccountStore store, PasswordEncoder encoder, Clock clock, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
        this.encoder = encoder;
        this.clock = clock;
        this.audit = audit;
    }

    public long count() {
        return store.count();
    }

    public Optional<AccountRow> byEmail(String email) {
        return store.byEmail(email.trim());
    }

    public Optional<AccountRow> byId(long id) {
        return store.byId(id);
    }

    public List<AccountRow> all() {
        return store.all();
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
        long id;
        try {
            id = store.insert(normalized, encoder.encode(password), personId, admin, mustChange, "en".equals(language) ? "en" : "fr",
                    Instant.now(clock));
        } catch (DuplicateKeyException e) {
            throw new Problems.Conflict("email", "account.email.taken", normalized);
        }
        audit.record(AUDIT_TYPE, id, "created", null, Map.of("email", normalized, "administrator", admin));
        events.publishEvent(new AccountCreated(id, personId));
        return id;
    }

    @Override
    public Optional<Long> accountIdOfPerson(long personId) {
        return store.idOfPerson(personId);
    }

    @Override
    @Transactional
    public void linkPerson(String email, long personId) {
        byEmail(email).filter(row -> row.personId() == null).ifPresent(row -> {
            store.linkPerson(row.id(), personId);
            audit.record(AUDIT_TYPE, row.id(), "person-linked", null, Map.of("person", personId));
            events.publishEvent(new AccountChanged(row.id()));
        });
    }

    /** Changes a password (the command already valid) after checking the current one; the new one must differ. */
    @Transactional
    public void changePassword(long accountId, AccountCommands.ChangePassword command) {
        AccountRow row = byId(accountId).orElseThrow(() -> new Problems.NotFound("problem.not-found"));
        if (!encoder.matches(command.currentPassword(), row.passwordHash())) {
            throw new Problems.InvalidInput("currentPassword", "account.password.wrong");
        }
        if (encoder.matches(command.newPassword(), row.passwordHash())) {
            throw new Problems.InvalidInput("newPassword", "account.password.same");
        }
        if (PasswordRules.isCommon(command.newPassword(), row.email())) {
            throw new Problems.InvalidInput("newPassword", "account.password.common");
        }
        store.setPassword(accountId, encoder.encode(command.newPassword()));
        audit.record(AUDIT_TYPE, accountId, "password-changed", null, null);
        events.publishEvent(new AccountChanged(accountId));
    }

    @Transactional
    public void setLanguage(long accountId, String language) {
        String lang = "en".equals(language) ? "en" : "fr";
        if (store.setLanguage(accountId, lang)) {
            audit.record(AUDIT_TYPE, accountId, "language-changed", null, Map.of("language", lang));
            events.publishEvent(new AccountChanged(accountId));
        }
    }

    @Transactional
    public void setEnabled(long accountId, boolean enabled) {
        AccountRow row = byId(accountId).orElseThrow(() -> new Problems.NotFound("problem.not-found"));
        store.setEnabled(accountId, enabled);
        audit.record(AUDIT_TYPE, accountId, enabled ? "enabled" : "disabled",
                Map.of("enabled", row.enabled()), Map.of("enabled", enabled));
        events.publishEvent(new AccountChanged(accountId));
    }

    /** A failed log-in: the account locks after a few in a row, longer each time ({@link SignInLock}). */
    @Transactional
    public void recordFailure(String email) {
        byEmail(email).ifPresent(row -> {
            SignInLock lock = SignInLock.afterFailure(row.failedLogins(), Instant.now(clock));
            store.setFailures(row.id(), lock.failures(), lock.lockedUntil());
        });
    }

    /** Stores a password's hash written again in the current encoding (after a successful sign-in). */
    @Transactional
    public void upgradeHash(String email, String newHash) {
        byEmail(email).ifPresent(row -> store.setPasswordHash(row.id(), newHash));
    }

    public void recordSuccess(String email) {
        store.clearFailures(email);
    }

    public boolean isLocked(AccountRow row) {
        return SignInLock.isLocked(row.lockedUntil(), Instant.now(clock));
    }
}
