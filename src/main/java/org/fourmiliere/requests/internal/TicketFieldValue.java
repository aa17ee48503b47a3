package org.fourmiliere.requests.internal;

/**
 * A ticket's value of a custom field; {@code inQueue} false when the field is one of another queue than the ticket's
 * now (the ticket was moved: the value is kept, shown as such, and no longer changed; ADR 1004).
 */
public record TicketFieldValue(QueueField field, String value, boolean inQueue) {}
