package org.fourmiliere.governance;

/** A body was created. */
public record BodyCreated(long bodyId, BodyKind kind) implements BodyEvent {}
