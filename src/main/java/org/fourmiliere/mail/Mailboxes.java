package org.fourmiliere.mail;

/**
 * The collective's mailboxes, read on demand: a module about to act on a deadline (the adoption of a quick decision)
 * first reads them, so that mail the collective's server received before the deadline is handled before it acts —
 * whatever the polling interval, and after downtime.
 */
public interface Mailboxes {

    /** Reads every configured mailbox now and processes what waits; returns how many new messages were stored. */
    int readNow();
}
