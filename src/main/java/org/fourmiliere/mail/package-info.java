/**
 * The collective's mail, one mechanism for every module. Outbound: a module hands an {@link org.fourmiliere.mail.OutgoingMail}
 * to {@link org.fourmiliere.mail.Outbox#enqueue} inside the transaction of the change that causes it; a cluster-safe
 * job sends it later, retrying with back-off, and keeps a final failure for the administrator ({@code /admin/mail}).
 * Without {@code spring.mail.host} the job writes each message to the log instead. Inbound: mail read over IMAP or
 * posted raw is stored once per {@code Message-ID} ({@link org.fourmiliere.mail.MailInbox}), then handed once to the
 * {@link org.fourmiliere.mail.InboundMailHandler} of its address; automatic mail is never answered, the rest is kept
 * to look at. See docs/mail.md and ADRs 0700, 0701.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail",
        allowedDependencies = {"shared", "accounts"})
package org.fourmiliere.mail;
