package org.fourmiliere.shared;

/**
 * Something read from the records and kept in memory between requests (ADR 0008): told to read them again
 * once an event that concerns it is committed, on this node or on another one serving the same database.
 */
public interface KeptInMemory {

    /** Whether committed events of this type may make what is kept wrong. */
    boolean concerns(Class<? extends ModuleEvent> eventType);

    /** An event of a concerning type was committed, or changes may have been missed: read the records again. */
    void forget();
}
