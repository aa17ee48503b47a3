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

    InboundSettings(@Value("${fourmiliere.mail.inbound-token:}") String token,
                    @Value("${fourmiliere.mail.inbound-max-size:26214400}") long maxSize) {
        this.token = token == null || token.isBlank() ? null : token.trim().getBytes(StandardCharsets.UTF_8);
        this.maxSize = maxSize;
    }

    public boolean tokenConfigured() {
        return token != null;
    }

    /** Whether the token given is the configured one, compared in constant time. */
    public boolean tokenMatches(String given) {
        if (token == null || given == null) return false;
        return MessageDigest.isEqual(token, given.trim().getBytes(StandardCharsets.UTF_8));
    }

    public long maxSize() {
        return maxSize;
    }
}
