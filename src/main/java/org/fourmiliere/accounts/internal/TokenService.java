package org.fourmiliere.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fourmiliere.accounts.AccessTokenCreated;
import org.fourmiliere.accounts.AccessTokenRevoked;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.KeptInMemory;
import org.fourmiliere.shared.ModuleEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.fourmiliere.shared.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for scripts, the command-line client and chat bots. A token is shown once, when
 * created; only its SHA-256 is stored (tokens are 256 random bits, so a fast hash is enough). Valid tokens are
 * remembered once seen; once a token is created or revoked (a committed {@link AccessTokenCreated} or
 * {@link AccessTokenRevoked}, on any node) every token is looked up again.
 */
@Service
public class TokenService implements KeptInMemory {

    public static final String PREFIX = "fmt_";
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    /** The entity type of tokens in the audit trail. */
    static final String AUDIT_TYPE = "access_token";
    private static final int MOST_KNOWN = 10_000;


    /** A token as its owner sees it; {@code expiresAt} (none: it does not expire) is the first instant it no longer works. */
    public record TokenInfo(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
                            Instant expiresAt) {
        public boolean active() { return revokedAt == null; }
        public boolean expired(Instant now) { return expiresAt != null && !now.isBefore(expiresAt); }
    }

    public record NewToken(TokenInfo info, String token) {}

    private final TokenStore store;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();
    /** Valid tokens by hash, so that a request needs no query to know its account; emptied by any change of tokens. */
    private final ConcurrentHashMap<String, TokenStore.Active> known = new ConcurrentHashMap<>();

    TokenService(TokenStore store, Clock clock, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    /** Creates a token (the command already valid; its name is trimmed) and answers it with the token itself, shown once. */
    @Transactional
    public NewToken create(long accountId, AccountCommands.CreateToken command) {
        String name = command.name().trim();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now(clock);
        // a token chosen to end on a day works through that whole day (in the collective's time zone)
        Instant expiresAt = command.expiresOn() == null ? null
                : command.expiresOn().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        if (expiresAt != null && !expiresAt.isAfter(now)) throw new Problems.InvalidInput("expiresOn", "token.expires.past");
        long id = store.insert(accountId, name, hash(token), token.substring(0, 10), now, expiresAt);
        audit.record(AUDIT_TYPE, id, "created", null, Map.of("name", name, "account", accountId));
        events.publishEvent(new AccessTokenCreated(id, accountId));
        return new NewToken(new TokenInfo(id, name, token.substring(0, 10), now, null, null, expiresAt), token);
    }

    public List<TokenInfo> list(long accountId) {
        return store.list(accountId);
    }

    @Transactional
    public void revoke(long accountId, long tokenId) {
        if (!store.revoke(accountId, tokenId, Instant.now(clock))) {
            throw new Problems.NotFound("token.not-found");
        }
        audit.record(AUDIT_TYPE, tokenId, "revoked", null, null);
        events.publishEvent(new AccessTokenRevoked(tokenId, accountId));
    }

    /** The account id a valid, unrevoked token belongs to. */
    public Optional<Long> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) return Optional.empty();
        String hash = hash(token);
        TokenStore.Active found = known.get(hash);
        if (found == null) {
            found = store.active(hash).orElse(null);
            if (found == null) return Optional.empty();
            if (known.size() >= MOST_KNOWN) known.clear();
            known.put(hash, found);
        }
        Instant now = Instant.now(clock);
        if (found.expired(now)) return Optional.empty();
        if (found.lastUsed() == null || found.lastUsed().plus(LAST_USED_PRECISION).isBefore(now)) {
            store.markUsed(found.id(), now);
            known.replace(hash, found, new TokenStore.Active(found.id(), found.accountId(), now, found.expiresAt()));
        }
        return Optional.of(found.accountId());
    }

    @Override
    public boolean concerns(Class<? extends ModuleEvent> eventType) {
        return eventType == AccessTokenCreated.class || eventType == AccessTokenRevoked.class;
    }

    /** Any committed change of tokens (one created, one revoked) empties the tokens known valid. */
    @Override
    public void forget() {
        known.clear();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
