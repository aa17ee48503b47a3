package org.fourmiliere.mail.internal;

/** Where an inbound message stands. */
public enum InboundStatus {
    /** Stored, not yet processed (or to be processed again). */
    RECEIVED,
    /** Handed to its module's handler, which did its part. */
    PROCESSED,
    /** Automatic mail recognised (auto-reply, bounce, delivery report, loop): kept, never answered. */
    IGNORED,
    /** On the "to look at" list for a person. */
    TO_LOOK_AT,
    /** A person looked at it. */
    LOOKED_AT
}
