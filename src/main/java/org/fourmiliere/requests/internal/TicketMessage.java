package org.fourmiliere.requests.internal;

import java.time.Instant;

/**
 * One message of a ticket's conversation. {@code IN}: from a requester; {@code OUT}: a worker's reply, sent; {@code ACK}:
 * the automatic acknowledgement; {@code COMMENT}: internal, never sent to a requester.
 */
public record TicketMessage(long id, long ticketId, String kind, Long authorId, String fromAddress, String bodyText,
                            String bodyHtml, String messageId, Long inboundId, Integer minutesWorked, Instant createdAt) {

    public boolean internal() {
        return "COMMENT".equals(kind);
    }
}
