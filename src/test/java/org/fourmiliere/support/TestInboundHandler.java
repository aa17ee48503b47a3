package org.fourmiliere.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fourmiliere.mail.InboundMailHandler;
import org.fourmiliere.mail.IncomingMail;
import org.fourmiliere.mail.Outbox;
import org.fourmiliere.mail.OutgoingMail;

/**
 * Test fixture: a module's inbound mail handler for {@link #ADDRESS}. Its effect is transactional — it answers each
 * message with a reply queued in the outbox (correlation key {@code inbound-test-reply:<Message-ID>#<call>}, so
 * that two committed handlings would queue two replies) — so that a
 * test counts effects that committed. A message whose subject contains {@code fail-once} makes it throw the first
 * time; {@code look-at} makes it ask for a person.
 */
public class TestInboundHandler implements InboundMailHandler {

    public static final String ADDRESS = "inbound-test@test.local";

    private final Outbox outbox;
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();

    public TestInboundHandler(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Set<String> addresses() {
        return Set.of(ADDRESS.toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public Handling handle(IncomingMail mail) {
        int n = calls.merge(mail.messageId(), 1, Integer::sum);
        if (mail.subject().contains("fail-once") && n == 1) throw new IllegalStateException("fails the first time, on purpose");
        outbox.enqueue(OutgoingMail.automatic(mail.fromAddress(), mail.language() == null ? "fr" : mail.language(),
                "Re: " + mail.subject(), "Reçu : " + mail.text(), "inbound-test-reply:" + mail.messageId() + "#" + n)
                .replyingTo(mail.messageId(), mail.references()).withReplyTo(ADDRESS));
        if (mail.subject().contains("look-at")) return Handling.toLookAt("asked for a person");
        return Handling.done("answered " + mail.fromAddress());
    }

    /** How many times it was handed the message (also the calls whose work was rolled back). */
    public int calls(String messageId) {
        return calls.getOrDefault(messageId, 0);
    }
}
