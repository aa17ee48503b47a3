package org.fourmiliere.requests;

/** A ticket was opened in a queue (by mail, the public form or a worker). */
public record TicketOpened(long ticketId, String queueCode) implements TicketEvent {}
