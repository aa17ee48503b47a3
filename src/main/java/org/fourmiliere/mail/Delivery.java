package org.fourmiliere.mail;

import java.time.Instant;
import java.util.List;

/**
 * What became of a message we sent: its state in the outbox and the delivery reports (RFC 3464) received about it.
 *
 * @param messageId its {@code Message-ID}
 * @param status    {@code QUEUED}, {@code SENT}, {@code LOGGED} (no mail server configured) or {@code FAILED}
 * @param sentAt    when the mail server accepted it (or it was written to the log), or {@code null}
 * @param reports   the delivery reports about it, oldest first
 */
public record Delivery(String messageId, String status, Instant sentAt, List<Report> reports) {

    /**
     * One recipient's line of a delivery report.
     *
     * @param action     {@code failed}, {@code delayed}, {@code delivered}, {@code relayed} or {@code expanded}
     * @param recipient  the recipient reported on
     * @param status     the RFC 3463 status code, e.g. {@code 5.1.1}
     * @param diagnostic the remote server's words, or {@code null}
     * @param inboundId  the stored report's number ({@code /mail/inbound/{id}})
     * @param receivedAt when the report arrived
     */
    public record Report(String action, String recipient, String status, String diagnostic, long inboundId,
                         Instant receivedAt) {}
}
