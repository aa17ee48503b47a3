package org.fourmiliere.shared;

/**
 * A fact a module makes known to the others once it has happened: a past-tense record in the public package of
 * the module that wrote it, published with Spring's {@code ApplicationEventPublisher} in the writing
 * transaction (ADR 0009). What a node keeps in memory from the records is told of the ones that concern it
 * once they are committed ({@link KeptInMemory}).
 */
public interface ModuleEvent {
}
