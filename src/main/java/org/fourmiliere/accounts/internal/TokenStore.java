package org.fourmiliere.accounts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes personal access tokens (their hashes only). No rules here: see {@link TokenService}. */
@Repository
class TokenStore {

    /** An unrevoked token found by its hash. */
    record Active(long id, long accountId, Instant lastUsed, Instant expiresAt) {
        boolean expired(Instant now) {
            return expiresAt != null && !now.isBefore(expiresAt);
        }
    }

    private final JdbcClient jdbc;

    TokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, String name, String hash, String prefix, Instant createdAt, Instant expiresAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO access_token (account_id, name, token_hash, prefix, created_at, expires_at)
                VALUES (:a, :n, :h, :p, :now, :exp)""")
                .param("a", accountId).param("n", name).param("h", hash).param("p", prefix)
                .param("now", Timestamp.from(createdAt))
                .param("exp", expiresAt == null ? null : Timestamp.from(expiresAt)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The tokens of an account, newest first. */
    List<TokenService.TokenInfo> list(long accountId) {
        return jdbc.sql("""
                SELECT id, name, prefix, created_at, last_used_at, revoked_at, expires_at FROM access_token
                WHERE account_id = :a ORDER BY created_at DESC, id DESC""")
                .param("a", accountId)
                .query((rs, n) -> new TokenService.TokenInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
                        instant(rs.getTimestamp(7))))
                .list();
    }

    /** Revokes the account's token unless revoked already; answers whether it did. */
    boolean revoke(long accountId, long tokenId, Instant at) {
        return jdbc.sql("UPDATE access_token SET revoked_at = :now WHERE id = :id AND account_id = :a AND revoked_at IS NULL")
                .param("now", Timestamp.from(at)).param("id", tokenId).param("a", accountId).update() > 0;
    }

    Optional<Active> active(String hash) {
        return jdbc.sql("SELECT id, account_id, last_used_at, expires_at FROM access_token WHERE token_hash = :h AND revoked_at IS NULL")
                .param("h", hash)
                .query((rs, n) -> new Active(rs.getLong(1), rs.getLong(2), instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4))))
                .optional();
    }

    void markUsed(long tokenId, Instant at) {
        jdbc.sql("UPDATE access_token SET last_used_at = :now WHERE id = :id").param("now", Timestamp.from(at)).param("id", tokenId).update();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
