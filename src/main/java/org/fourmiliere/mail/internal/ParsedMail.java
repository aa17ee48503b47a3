package org.fourmiliere.mail.internal;

import java.util.List;

/**
 * A raw message as read by {@link InboundParser}: its identity, its decoded headers and text, and the signs that
 * tell a person's message from an automatic one.
 *
 * @param messageId      its {@code Message-ID} with angle brackets, or {@code <sha256@hash>} of the raw bytes
 * @param readable       whether it could be read as a MIME message at all
 * @param fromAddress    the sender's address in lower case, or {@code null} when it has no (readable) {@code From}
 * @param fromName       the sender's display name, or {@code null}
 * @param recipients     envelope recipient, {@code To}, {@code Cc}, {@code Delivered-To}, {@code X-Original-To}, lower case
 * @param autoReply      why it is an automatic message ({@code Auto-Submitted: auto-replied}…), or {@code null}
 * @param nullSender     {@code Return-Path: <>} or a {@code MAILER-DAEMON}/{@code postmaster} sender: a bounce
 * @param report         the delivery report it carries (RFC 3464), or {@code null}
 */
public record ParsedMail(String messageId, boolean readable, String fromAddress, String fromName, List<String> recipients,
                         String subject, String text, String inReplyTo, List<String> references, String language,
                         String autoReply, boolean nullSender, DeliveryReport report, List<String> authenticationResults) {

    /**
     * Whether the collective's own mail server ({@code authservId}, the name it writes at the head of its
     * {@code Authentication-Results} headers, RFC 8601) vouches for the sender: DMARC passed, or DKIM passed for the
     * sender's domain. Headers of other servers are not believed: anyone can write them.
     */
    public boolean authenticatedBy(String authservId) {
        if (authservId == null || authservId.isBlank() || fromAddress == null) return false;
        String domain = fromAddress.substring(fromAddress.indexOf('@') + 1);
        for (String header : authenticationResults) {
            String h = header.replaceAll("\\s+", " ").trim().toLowerCase(java.util.Locale.ROOT);
            int semi = h.indexOf(';');
            if (semi < 0) continue;
            String id = h.substring(0, semi).trim().split(" ")[0];
            if (!id.equals(authservId.trim().toLowerCase(java.util.Locale.ROOT))) continue;
            if (h.contains("dmarc=pass")) return true;
            for (String result : h.substring(semi + 1).split(";")) {
                String r = result.trim();
                if (r.startsWith("dkim=pass") && (r.contains("header.d=" + domain) || r.contains("header.i=@" + domain))) return true;
            }
        }
        return false;
    }

    /**
     * A delivery status notification (RFC 3464).
     *
     * @param originalMessageId the {@code Message-ID} of the message reported on, or {@code null} when not found
     * @param lines             one per recipient
     */
    public record DeliveryReport(String originalMessageId, List<Line> lines) {

        /** One recipient's fields: {@code Action}, {@code Final-Recipient}, {@code Status}, {@code Diagnostic-Code}. */
        public record Line(String action, String recipient, String status, String diagnostic) {}
    }

    /** The message this one is about: the original of a report, else the one it answers. */
    public String aboutMessageId() {
        if (report != null && report.originalMessageId() != null) return report.originalMessageId();
        if (inReplyTo != null) return inReplyTo;
        return references.isEmpty() ? null : references.getLast();
    }
}
