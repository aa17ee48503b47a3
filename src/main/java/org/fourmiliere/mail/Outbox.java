package org.fourmiliere.mail;

/**
 * Where every module puts the e-mail it sends. {@link #enqueue} joins the caller's transaction (it refuses to run
 * without one): the message is sent if and only if the change that causes it commits.
 */
public interface Outbox {

    /**
     * Queues a message in the caller's transaction and returns its {@code Message-ID} (with angle brackets), ours,
     * kept for every attempt. A message with a correlation key already queued is not queued again: its
     * {@code Message-ID} is returned.
     */
    String enqueue(OutgoingMail mail);

    /** What became of the messages we sent with these {@code Message-ID}s (those unknown are left out). */
    java.util.Map<String, Delivery> deliveries(java.util.Collection<String> messageIds);

    /** Whether an SMTP server is configured; when not, messages are written to the log instead of being sent. */
    boolean configured();
}
