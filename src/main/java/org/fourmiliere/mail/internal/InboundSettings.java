package org.fourmiliere.mail.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The settings of the raw inbound API: its token (none: the endpoint does not exist) and the largest message it
 * takes.
 */
@Component
public class InboundSettings {

    private final byte[] token;
    private final long maxSize;
    private final String authservId;

    @org.springframework.beans.factory.annotation.Autowired
    InboundSettings(@Value("${fourmiliere.mail.inbound-token:}") String token,
                    @Value("${fourmiliere.mail.inbound-max-size:26214400}") long maxSize,
                    @Value("${fourmiliere.mail.authserv-id:}") String authservId) {
        this.token = token == null || token.isBlank() ? null : digest(token.trim());
        this.maxSize = maxSize;
        this.authservId = authservId == null || authservId.isBlank() ? null : authservId.trim();
    }

    InboundSettings(String token, long maxSize) {
        this(token, maxSize, null);
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The name the collective's own mail server writes at the head of its {@code Authentication-Results} headers; when
     * set, a person's message is routed only if that server vouches for its sender (DMARC, or DKIM of the sender's
     * domain), else it is kept to look at. {@code null}: the sender's address is believed.
     */
    public String authservId() {
        return authservId;
    }

    public boolean tokenConfigured() {
        return token != null;
    }

    /** Whether the token given is the configured one, compared in constant time (their digests: not even the length shows). */
    public boolean tokenMatches(String given) {
        if (token == null || given == null) return false;
        return MessageDigest.isEqual(token, digest(given.trim()));
    }

    public long maxSize() {
        return maxSize;
    }
}
