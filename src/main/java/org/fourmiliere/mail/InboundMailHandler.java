package org.fourmiliere.mail;

import java.util.Set;

/**
 * A module that receives mail: a bean implementing this interface names the addresses it answers for, and the mail
 * module hands it each message sent to one of them, once. Handlers of different modules must not share an address.
 */
public interface InboundMailHandler {

    /** The addresses this handler receives (compared without regard to case), e.g. {@code decisions@example.org}. */
    Set<String> addresses();

    /**
     * Handles one message. Runs in the transaction that marks the message processed: what the handler writes —
     * its records and the mail it queues with {@link Outbox#enqueue} — commits with that mark, or not at all, so a
     * message is handled exactly once even if the application stops in the middle. A handler that throws has
     * nothing of its work kept; the message goes to the "to look at" list with the error.
     *
     * @return what was done, shown with the message; {@link Handling#toLookAt} when a person must look at it
     */
    Handling handle(IncomingMail mail);

    /**
     * What a handler did with a message.
     *
     * @param toLookAt whether a person must look at it (it was not understood)
     * @param summary  a short text for the people who look at the mail (not translated: it is a log line)
     */
    record Handling(boolean toLookAt, String summary) {
        public static Handling done(String summary) {
            return new Handling(false, summary);
        }

        public static Handling toLookAt(String reason) {
            return new Handling(true, reason);
        }
    }
}
