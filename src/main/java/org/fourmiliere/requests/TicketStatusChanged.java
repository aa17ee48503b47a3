package org.fourmiliere.requests;

/** A ticket's status changed ({@code NEW}, {@code OPEN}, {@code WAITING}, {@code RESOLVED}, {@code REJECTED}). */
public record TicketStatusChanged(long ticketId, String before, String after) implements TicketEvent {}
