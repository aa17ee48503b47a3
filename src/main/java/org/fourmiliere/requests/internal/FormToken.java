package org.fourmiliere.requests.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public form's anti-spam measure, with no third party (ADR 1000): the form carries a token signed with a
 * server secret that says when it was shown; a submission is taken only between {@code min} (a person reads and
 * types; a robot posts at once) and {@code max} after, and only with the honeypot field left empty.
 */
@Component
public class FormToken {

    private final byte[] secret;
    private final Clock clock;
    private final Duration min;
    private final Duration max;

    FormToken(@Value("${fourmiliere.requests.form-secret:}") String secret, Clock clock,
              @Value("${fourmiliere.requests.form-min-age:PT3S}") Duration min,
              @Value("${fourmiliere.requests.form-max-age:PT2H}") Duration max) {
        if (secret == null || secret.isBlank()) {
            this.secret = new byte[32];
            new SecureRandom().nextBytes(this.secret);
        } else {
            this.secret = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.clock = clock;
        this.min = min;
        this.max = max;
    }

    public String issue() {
        String at = String.valueOf(clock.millis());
        return at + "." + sign(at);
    }

    /** Whether a token was issued by us between {@code max} and {@code min} ago. */
    public boolean accepts(String token) {
        if (token == null) return false;
        int dot = token.indexOf('.');
        if (dot <= 0) return false;
        String at = token.substring(0, dot);
        if (!MessageDigest.isEqual(sign(at).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) return false;
        Instant issued;
        try {
            issued = Instant.ofEpochMilli(Long.parseLong(at));
        } catch (NumberFormatException e) {
            return false;
        }
        Instant now = clock.instant();
        return !issued.plus(min).isAfter(now) && issued.plus(max).isAfter(now);
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
