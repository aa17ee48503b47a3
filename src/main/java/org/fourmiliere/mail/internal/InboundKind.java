package org.fourmiliere.mail.internal;

/** What an inbound message turned out to be. Only {@link #PERSON} mail reaches a module's handler. */
public enum InboundKind {
    /** Written by a person: routed to the handler of its address. */
    PERSON,
    /** An automatic answer (out of office, vacation, list mail): never answered. */
    AUTO_REPLY,
    /** A bounce without a readable delivery report (null sender, MAILER-DAEMON). */
    BOUNCE,
    /** A delivery report (RFC 3464), tied to the message of ours it reports on. */
    DELIVERY_REPORT,
    /** Our own mail coming back (our Message-ID, or our sender address). */
    LOOP,
    /** Not readable, or without a sender. */
    MALFORMED,
    /** Its sender is not vouched for by the collective's mail server (when one is configured to vouch). */
    UNAUTHENTICATED,
    /** Written by a person, but no module receives any of its addresses. */
    UNROUTABLE,
    /** Its handler failed; the error is kept. */
    FAILED
}
