package org.fourmiliere.mail;

/**
 * Where inbound mail comes in, whatever brought it (the IMAP poller, the raw API, a test): the raw message is stored
 * first, once per {@code Message-ID}, then processed once (classified, routed to the {@link InboundMailHandler} of
 * its address) — see ADR 0701.
 */
public interface MailInbox {

    /**
     * Stores a raw message (RFC 5322 bytes) in a transaction of its own, then processes it. A message whose
     * {@code Message-ID} is already stored is not stored again: its first copy is returned with {@code duplicate}.
     *
     * @param source            where it came from: {@code API}, {@code IMAP:<mailbox>}
     * @param envelopeRecipient the address the mail server delivered it to, or {@code null}
     */
    default Received receive(byte[] raw, String source, String envelopeRecipient) {
        return receive(raw, source, envelopeRecipient, null);
    }

    /**
     * The same, for a message that the collective's mail server received at {@code deliveredAt} (an IMAP mailbox's
     * date of arrival): that moment, not the moment it was read, is kept as when it was received — what counts for a
     * deadline. A moment in the future or more than 30 days back is not believed; {@code null}: now.
     */
    Received receive(byte[] raw, String source, String envelopeRecipient, java.time.Instant deliveredAt);

    /**
     * A message received.
     *
     * @param id        its number ({@code /mail/inbound/{id}})
     * @param messageId its {@code Message-ID} (a hash of the raw message when it had none)
     * @param duplicate whether it had been received before (nothing was stored or done again)
     * @param status    where it stands: {@code RECEIVED}, {@code PROCESSED}, {@code IGNORED}, {@code TO_LOOK_AT},
     *                  {@code LOOKED_AT}
     */
    record Received(long id, String messageId, boolean duplicate, String status) {}
}
