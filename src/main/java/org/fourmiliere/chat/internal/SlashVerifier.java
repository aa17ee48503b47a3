package org.fourmiliere.chat.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks that a slash command or a bridge's webhook comes from the chat platform: Slack's request signature
 * ({@code X-Slack-Signature: v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)}, refused when the timestamp is
 * more than 5 minutes away), Mattermost's token, or the Matrix bridge's shared secret. Secrets are compared in
 * constant time. None configured: the endpoints answer 404.
 */
@Component
public class SlashVerifier {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final String slackSecret;
    private final byte[] mattermostToken;
    private final byte[] matrixSecret;
    private final Clock clock;

    @Autowired
    SlashVerifier(@Value("${fourmiliere.chat.slack-signing-secret:}") String slackSecret,
                  @Value("${fourmiliere.chat.mattermost-token:}") String mattermostToken,
                  @Value("${fourmiliere.chat.matrix-secret:}") String matrixSecret,
                  Clock clock) {
        this.slackSecret = blank(slackSecret) ? null : slackSecret.trim();
        this.mattermostToken = blank(mattermostToken) ? null : digest(mattermostToken.trim());
        this.matrixSecret = blank(matrixSecret) ? null : digest(matrixSecret.trim());
        this.clock = clock;
    }

    public boolean slashConfigured() {
        return slackSecret != null || mattermostToken != null;
    }

    public boolean matrixConfigured() {
        return matrixSecret != null;
    }

    /** Slack: the signature of the raw body with its timestamp. */
    public boolean slackSigned(String timestamp, String signature, String rawBody) {
        if (slackSecret == null || timestamp == null || signature == null) return false;
        long ts;
        try {
            ts = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Duration.between(Instant.ofEpochSecond(ts), Instant.now(clock)).abs().compareTo(MAX_AGE) > 0) return false;
        String expected = "v0=" + hmac(slackSecret, "v0:" + ts + ":" + rawBody);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), signature.trim().getBytes(StandardCharsets.UTF_8));
    }

    /** Mattermost: the command's token, in the form or as {@code Authorization: Token …}. */
    public boolean mattermostToken(String given) {
        return mattermostToken != null && given != null && MessageDigest.isEqual(mattermostToken, digest(given.trim()));
    }

    public boolean matrixSecret(String given) {
        return matrixSecret != null && given != null && MessageDigest.isEqual(matrixSecret, digest(given.trim()));
    }

    public static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
