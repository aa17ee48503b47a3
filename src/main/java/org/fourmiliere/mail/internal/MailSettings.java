package org.fourmiliere.mail.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The outbox's settings: the sender's address, the domain of our {@code Message-ID}s (the sender's domain unless
 * set), and the retries: the first delay, doubled at each failure up to the longest, and the number of attempts.
 */
@Component
public class MailSettings {

    private final String from;
    private final String messageIdDomain;
    private final Backoff backoff;

    MailSettings(@Value("${fourmiliere.mail.from:fourmiliere@localhost}") String from,
                 @Value("${fourmiliere.mail.message-id-domain:}") String messageIdDomain,
                 @Value("${fourmiliere.mail.retry.first-delay:PT1M}") Duration firstDelay,
                 @Value("${fourmiliere.mail.retry.max-delay:PT4H}") Duration maxDelay,
                 @Value("${fourmiliere.mail.retry.max-attempts:10}") int maxAttempts) {
        this.from = from;
        this.messageIdDomain = messageIdDomain.isBlank() ? domainOf(from) : messageIdDomain.trim();
        this.backoff = new Backoff(firstDelay, maxDelay, maxAttempts);
    }

    static String domainOf(String address) {
        String a = address.trim();
        if (a.endsWith(">")) a = a.substring(0, a.length() - 1);
        int at = a.lastIndexOf('@');
        return at < 0 || at == a.length() - 1 ? "localhost" : a.substring(at + 1);
    }

    public String from() { return from; }

    public String messageIdDomain() { return messageIdDomain; }

    public Backoff backoff() { return backoff; }
}
