package org.fourmiliere.mail.internal;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the configured IMAP mailboxes: each message not yet seen is read raw, stored and processed through
 * {@link InboundService#receive}, then marked seen (or deleted). A stop between the store and the mark leaves it
 * unseen: the next poll stores it again, which is a duplicate by its {@code Message-ID} and changes nothing.
 */
@Component
public class ImapPoller implements org.fourmiliere.mail.Mailboxes {

    private static final Logger log = LoggerFactory.getLogger(ImapPoller.class);

    private final ImapSettings settings;
    private final InboundService inbound;
    private final long maxSize;

    @org.springframework.beans.factory.annotation.Autowired
    ImapPoller(ImapSettings settings, InboundService inbound, InboundSettings inboundSettings) {
        this.settings = settings;
        this.inbound = inbound;
        this.maxSize = inboundSettings.maxSize();
    }

    ImapPoller(ImapSettings settings, InboundService inbound) {
        this(settings, inbound, new InboundSettings(null, 26_214_400L));
    }

    @Override
    public int readNow() {
        int n = pollAll();
        inbound.processReceived();
        return n;
    }

    /** Polls every configured mailbox; one that fails is logged and left for the next poll. */
    public int pollAll() {
        int n = 0;
        for (ImapSettings.Mailbox mailbox : settings.mailboxes()) {
            try {
                n += poll(mailbox);
            } catch (MessagingException | IOException | RuntimeException e) {
                log.warn("IMAP mailbox {}: {}", mailbox.name(), MailSender.describe(e));
            }
        }
        return n;
    }

    /** Reads one mailbox's unseen messages; returns how many were new (not duplicates). */
    public int poll(ImapSettings.Mailbox mailbox) throws MessagingException, IOException {
        Properties p = new Properties();
        String proto = mailbox.protocol();
        p.setProperty("mail." + proto + ".connectiontimeout", "10000");
        p.setProperty("mail." + proto + ".timeout", "30000");
        p.setProperty("mail." + proto + ".peek", "true"); // reading does not mark seen: only a stored message is
        Session session = Session.getInstance(p);
        int fresh = 0;
        try (Store store = session.getStore(proto)) {
            store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
            Folder folder = store.getFolder(mailbox.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (Message message : unseen) {
                    // one message that cannot be read or stored is left unseen and logged; the others go on
                    try {
                        int size = message.getSize();
                        if (size > maxSize) {
                            log.warn("IMAP mailbox {}: a message of {} bytes is over the limit of {}; left in the mailbox",
                                    mailbox.name(), size, maxSize);
                            continue;
                        }
                        var out = new ByteArrayOutputStream();
                        message.writeTo(out);
                        java.util.Date arrived = message.getReceivedDate();
                        var received = inbound.receive(out.toByteArray(), "IMAP:" + mailbox.name(), mailbox.address(),
                                arrived == null ? null : arrived.toInstant());
                        if (!received.duplicate()) fresh++;
                        if (mailbox.after() == ImapSettings.After.DELETE) message.setFlag(Flags.Flag.DELETED, true);
                        else message.setFlag(Flags.Flag.SEEN, true);
                    } catch (MessagingException | IOException | RuntimeException e) {
                        log.warn("IMAP mailbox {}: a message could not be read or stored, left unseen: {}", mailbox.name(),
                                MailSender.describe(e));
                    }
                }
            } finally {
                folder.close(mailbox.after() == ImapSettings.After.DELETE);
            }
        }
        return fresh;
    }
}
