package org.fourmiliere.mail.internal;

/** Where a message of the outbox stands. */
public enum MailStatus {
    /** Waiting for its next attempt. */
    QUEUED,
    /** Accepted by the SMTP server. */
    SENT,
    /** Written to the log: no SMTP server is configured. */
    LOGGED,
    /** Given up after the last attempt; the administrator may send it again. */
    FAILED
}
