package org.fourmiliere.mail.internal;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Decides what an inbound message is before any module sees it: a delivery report, our own mail coming back, an
 * automatic answer, a bounce, unreadable — or a person's message, the only kind that is routed. No Spring.
 */
public final class InboundClassifier {

    /** The kind and, for what is not a person's message, why. */
    public record Classification(InboundKind kind, String reason) {
        public boolean ignored() {
            return kind == InboundKind.AUTO_REPLY || kind == InboundKind.BOUNCE || kind == InboundKind.DELIVERY_REPORT
                    || kind == InboundKind.LOOP;
        }
    }

    private InboundClassifier() {}

    /**
     * @param ourMessageId whether a {@code Message-ID} is one we sent (in the outbox)
     * @param ourAddress   our sender address ({@code fourmiliere.mail.from})
     */
    public static Classification classify(ParsedMail m, Predicate<String> ourMessageId, String ourAddress) {
        if (!m.readable()) return new Classification(InboundKind.MALFORMED, "not a readable MIME message");
        if (m.report() != null) {
            return new Classification(InboundKind.DELIVERY_REPORT, "delivery report"
                    + (m.report().originalMessageId() == null ? "" : " about " + m.report().originalMessageId()));
        }
        if (ourMessageId.test(m.messageId())) return new Classification(InboundKind.LOOP, "our own Message-ID " + m.messageId());
        if (m.fromAddress() != null && ourAddress != null && m.fromAddress().equals(bare(ourAddress))) {
            return new Classification(InboundKind.LOOP, "sent from our own address " + m.fromAddress());
        }
        if (m.autoReply() != null) return new Classification(InboundKind.AUTO_REPLY, m.autoReply());
        if (m.nullSender()) return new Classification(InboundKind.BOUNCE, "null sender or mailer daemon, no delivery report");
        if (m.fromAddress() == null) return new Classification(InboundKind.MALFORMED, "no sender (From)");
        return new Classification(InboundKind.PERSON, null);
    }

    /** The address alone, lower case, of {@code Name <a@b>} or {@code a@b}. */
    static String bare(String address) {
        String a = address.trim();
        int lt = a.lastIndexOf('<');
        if (lt >= 0 && a.endsWith(">")) a = a.substring(lt + 1, a.length() - 1);
        return a.trim().toLowerCase(Locale.ROOT);
    }
}
