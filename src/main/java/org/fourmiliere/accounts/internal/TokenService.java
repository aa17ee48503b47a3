package org.fourmiliere.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
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

    private record Found(long id, long accountId, Instant lastUsed) {}

    public record TokenInfo(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean active() { return revokedAt == null; }
    }

    public record NewToken(TokenInfo info, String token) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();
    /** Valid tokens by hash, so that a request needs no query to know its account; emptied by any change of tokens. */
    private final ConcurrentHashMap<String, Found> known = new ConcurrentHashMap<>();

    TokenService(JdbcClient jdbc, Clock clock, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public NewToken create(long accountId, String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new Problems.InvalidInput("name", "token.name.invalid");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO access_token (account_id, name, token_hash, prefix, created_at)
                VALUES (:a, :n, :h, :p, :now)""")
            .param("a", accountId).param("n", trimmed).param("h", hash(token)).param("p", token.substring(0, 10))
            .param("now", Timestamp.from(now)).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AUDIT_TYPE, id, "created", null, Map.of("name", trimmed, "account", accountId));
        events.publishEvent(new AccessTokenCreated(id, accountId));
        return new NewToken(new TokenInfo(id, trimmed, token.substring(0, 10), now, null, null), token);
    }

    public List<TokenInfo> list(long accountId) {
        return jdbc.sql("SELECT * FROM access_token WHERE account_id = :a ORDER BY created_at DESC, id DESC")
                .param("a", accountId)
                .query((rs, n) -> new TokenInfo(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
                        rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    @Transactional
    public void revoke(long accountId, long tokenId) {
        int n = jdbc.sql("UPDATE access_token SET revoked_at = :now WHERE id = :id AND account_id = :a AND revoked_at IS NULL")
                .param("now", Timestamp.from(Instant.now(clock))).param("id", tokenId).param("a", accountId).update();
        if (n == 0) {
            throw new Problems.NotFound("token.not-found");
        }
        audit.record(AUDIT_TYPE, tokenId, "revoked", null, null);
        events.publishEvent(new AccessTokenRevoked(tokenId, accountId));
    }

    /** The account id a valid, unrevoked token belongs to. */
    public Optional<Long> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) return Optional.empty();
        String hash = hash(token);
        Found found = known.get(hash);
        if (found == null) {
            found = jdbc.sql("SELECT id, account_id, last_used_at FROM access_token WHERE token_hash = :h AND revoked_at IS NULL")
                    .param("h", hash)
                    .query((rs, n) -> new Found(rs.getLong(1), rs.getLong(2), instant(rs.getTimestamp(3))))
                    .optional().orElse(null);
            if (found == null) return Optional.empty();
            if (known.size() >= MOST_KNOWN) known.clear();
            known.put(hash, found);
        }
        Instant now = Instant.now(clock);
        if (found.lastUsed() == null || found.lastUsed().plus(LAST_USED_PRECISION).isBefore(now)) {
            jdbc.sql("UPDATE access_token SET last_used_at = :now WHERE id = :id")
                    .param("now", Timestamp.from(now)).param("id", found.id()).update();
            known.replace(hash, found, new Found(found.id(), found.accountId(), now));
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

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
