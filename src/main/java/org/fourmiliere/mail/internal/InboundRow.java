package org.fourmiliere.mail.internal;

import java.time.Instant;

/** A stored inbound message, without its raw bytes: what the pages list and show. */
public record InboundRow(long id, String messageId, int rawSize, String source, String envelopeRecipient,
                         Instant receivedAt, String fromAddress, String subject, InboundStatus status, InboundKind kind,
                         String routedTo, String aboutMessageId, String outcome, int attempts, Instant processedAt,
                         String lookedAtBy, Instant lookedAt) {}
