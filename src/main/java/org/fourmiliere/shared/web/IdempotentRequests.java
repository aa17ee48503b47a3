package org.fourmiliere.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.fourmiliere.shared.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lets an API client retry a POST with an {@code Idempotency-Key} header without doing the work twice. The
 * work and the record of its answer are written in one transaction; a retry with the same key (same
 * account) gets the first answer again; the same key with a different request is a 409. Without a key the
 * work is simply done.
 */
@Component
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";

    private record Stored(String hash, int status, String body) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentRequests(JdbcClient jdbc, PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
    }

    /**
     * Does {@code work} once per (account, key). {@code request} identifies what was asked (method, path and
     * body) so that a key reused for another request is refused.
     */
    public ResponseEntity<?> once(long accountId, String key, String request, Supplier<ResponseEntity<?>> work) {
        if (key == null || key.isBlank()) {
            return tx.execute(s -> work.get());
        }
        if (key.length() > 200) {
            throw new Problems.InvalidInput(HEADER, "idempotency.key-too-long");
        }
        String hash = sha256(request);
        try {
            return tx.execute(s -> {
                Optional<Stored> stored = find(accountId, key);
                if (stored.isPresent()) return replay(stored.get(), hash);
                ResponseEntity<?> answer = work.get();
                String body = answer.getBody() == null ? null : json.writeValueAsString(answer.getBody());
                jdbc.sql("""
                        INSERT INTO idempotency_key (account_id, idem_key, request_hash, status, body, created_at)
                        VALUES (:a, :k, :h, :s, :b, :at)""")
                    .param("a", accountId).param("k", key).param("h", hash).param("s", answer.getStatusCode().value())
                    .param("b", body).param("at", Timestamp.from(Instant.now(clock))).update();
                return answer;
            });
        } catch (DuplicateKeyException raced) {
            // Another request with the same key committed first: give its answer.
            return find(accountId, key).map(s -> replay(s, hash)).orElseThrow(() -> raced);
        }
    }

    private Optional<Stored> find(long accountId, String key) {
        return jdbc.sql("SELECT request_hash, status, body FROM idempotency_key WHERE account_id = :a AND idem_key = :k")
                .param("a", accountId).param("k", key)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3))).optional();
    }

    private static ResponseEntity<?> replay(Stored stored, String hash) {
        if (!stored.hash().equals(hash)) {
            throw new Problems.Conflict(HEADER, "idempotency.key-reused");
        }
        var builder = ResponseEntity.status(stored.status()).header("Idempotent-Replayed", "true");
        return stored.body() == null ? builder.build() : builder.contentType(MediaType.APPLICATION_JSON).body(stored.body());
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
