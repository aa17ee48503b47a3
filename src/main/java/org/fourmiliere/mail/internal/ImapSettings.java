package org.fourmiliere.mail.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mailboxes the collective reads over IMAP ({@code fourmiliere.mail.imap.*}); none by default, and then no
 * mailbox is read. Polled every {@code poll-interval}; IDLE is not used.
 *
 * @param mailboxes    the mailboxes
 * @param pollInterval how often they are read (default one minute)
 */
@ConfigurationProperties("fourmiliere.mail.imap")
public record ImapSettings(List<Mailbox> mailboxes, Duration pollInterval) {

    public ImapSettings {
        mailboxes = mailboxes == null ? List.of() : mailboxes.stream().filter(m -> m.host() != null && !m.host().isBlank()).toList();
        pollInterval = pollInterval == null ? Duration.ofMinutes(1) : pollInterval;
    }

    /** What is done with a message once stored: marked read ({@code SEEN}) or deleted ({@code DELETE}). */
    public enum After { SEEN, DELETE }

    /**
     * One mailbox.
     *
     * @param name     a short name, shown as the source of its messages ({@code IMAP:<name>})
     * @param protocol {@code imaps} (TLS, default) or {@code imap}
     * @param folder   the folder read, {@code INBOX} by default
     * @param address  the address it receives (used as envelope recipient when set), or {@code null}
     */
    public record Mailbox(String name, String host, Integer port, String protocol, String username, String password,
                          String folder, After after, String address) {
        public Mailbox {
            name = name == null || name.isBlank() ? username : name;
            protocol = protocol == null || protocol.isBlank() ? "imaps" : protocol.trim().toLowerCase(java.util.Locale.ROOT);
            if (!protocol.equals("imap") && !protocol.equals("imaps")) throw new IllegalArgumentException("protocol: imap or imaps");
            port = port == null ? (protocol.equals("imaps") ? 993 : 143) : port;
            folder = folder == null || folder.isBlank() ? "INBOX" : folder;
            after = after == null ? After.SEEN : after;
        }
    }
}
