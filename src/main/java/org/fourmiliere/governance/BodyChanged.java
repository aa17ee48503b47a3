package org.fourmiliere.governance;

/** A body's name, mandate or other details changed. */
public record BodyChanged(long bodyId) implements BodyEvent {}
