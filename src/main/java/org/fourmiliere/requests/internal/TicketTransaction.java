package org.fourmiliere.requests.internal;

import java.time.Instant;

/** One change of a ticket: who (a person's e-mail, a requester's address, or {@code system}), when, what. */
public record TicketTransaction(long id, long ticketId, Instant at, String actor, String action, String field,
                                String before, String after) {}
