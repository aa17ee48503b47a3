package org.fourmiliere.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.mail.InboundMailHandler;
import org.fourmiliere.mail.IncomingMail;
import org.fourmiliere.mail.MailInbox;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inbound mail (ADR 0701). {@link #receive} stores the raw message in a transaction of its own — once per
 * {@code Message-ID} — then processes it; {@link #process} runs in one transaction that marks the message processed
 * (only if it is still waiting), classifies it, hands a person's message to the handler of its address, and writes
 * the outcome: the handler's work commits with the mark or not at all. If the handler throws, that transaction rolls
 * back and a second one puts the message on the "to look at" list with the error. A stop in the middle leaves the
 * message waiting; the {@code mail-inbound} job processes whatever waits.
 */
@Service
public class InboundService implements MailInbox {

    public static final String AUDIT_TYPE = "mail_inbound";
    private static final Logger log = LoggerFactory.getLogger(InboundService.class);

    private final InboundStore store;
    private final MailSettings settings;
    private final InboundSettings inboundSettings;
    private final ObjectProvider<InboundMailHandler> handlerBeans;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private volatile Map<String, InboundMailHandler> handlers;

    InboundService(InboundStore store, MailSettings settings, InboundSettings inboundSettings,
                   ObjectProvider<InboundMailHandler> handlerBeans, AuditTrail audit,
                   PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.inboundSettings = inboundSettings;
        this.handlerBeans = handlerBeans;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Two handlers for one address stop the start-up, rather than every message that comes for it. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void checkHandlers() {
        handlers();
    }

    /** Each registered address, lower case, with its handler; two handlers for one address is a mistake. */
    Map<String, InboundMailHandler> handlers() {
        Map<String, InboundMailHandler> h = handlers;
        if (h != null) return h;
        Map<String, InboundMailHandler> map = new HashMap<>();
        handlerBeans.orderedStream().forEach(handler -> {
            for (String address : handler.addresses()) {
                InboundMailHandler before = map.put(address.trim().toLowerCase(Locale.ROOT), handler);
                if (before != null && before != handler) {
                    throw new IllegalStateException("Two inbound mail handlers for " + address + ": " + before + ", " + handler);
                }
            }
        });
        handlers = Map.copyOf(map);
        return handlers;
    }

    @Override
    public Received receive(byte[] raw, String source, String envelopeRecipient, Instant deliveredAt) {
        Received stored = store(raw, source, envelopeRecipient, deliveredAt);
        if (stored.duplicate()) return new Received(stored.id(), stored.messageId(), true, status(stored.id()));
        process(stored.id());
        return new Received(stored.id(), stored.messageId(), false, status(stored.id()));
    }

    /** Stores the raw message in a transaction of its own, unless its {@code Message-ID} is already stored. */
    public Received store(byte[] raw, String source, String envelopeRecipient) {
        return store(raw, source, envelopeRecipient, null);
    }

    /** The same, received by the collective's mail server at {@code deliveredAt} when it is believable (else now). */
    public Received store(byte[] raw, String source, String envelopeRecipient, Instant deliveredAt) {
        if (raw == null || raw.length == 0) throw new Problems.InvalidInput("message", "mail.inbound.empty");
        String messageId = InboundParser.messageIdOf(raw);
        String envelope = envelopeRecipient == null || envelopeRecipient.isBlank() ? null
                : InboundParser.cut(envelopeRecipient.trim().toLowerCase(Locale.ROOT), 320);
        String src = InboundParser.cut(source, 200);
        try {
            return tx.execute(s -> {
                Optional<Long> existing = store.idOf(messageId);
                if (existing.isPresent()) return new Received(existing.get(), messageId, true, null);
                Instant now = clock.instant();
                boolean believable = deliveredAt != null && !deliveredAt.isAfter(now)
                        && deliveredAt.isAfter(now.minus(java.time.Duration.ofDays(30)));
                long id = store.insert(messageId, raw, src, envelope, believable ? deliveredAt : now);
                return new Received(id, messageId, false, InboundStatus.RECEIVED.name());
            });
        } catch (DuplicateKeyException e) {
            // the same message stored at the same moment by another delivery
            long id = tx.execute(s -> store.idOf(messageId)).orElseThrow(() -> e);
            return new Received(id, messageId, true, status(id));
        }
    }

    private String status(long id) {
        return store.find(id).map(r -> r.status().name()).orElse(null);
    }

    /** Processes every message still waiting (after a restart, or put back to be processed again). */
    public int processReceived() {
        int done = 0;
        while (true) {
            List<Long> ids = store.received(100);
            int before = done;
            for (long id : ids) if (process(id)) done++;
            if (ids.size() < 100 || done == before) return done;
        }
    }

    /** Processes one waiting message once; false if it was not waiting (someone else processed it). */
    public boolean process(long id) {
        try {
            Boolean done = tx.execute(s -> processInTransaction(id));
            return Boolean.TRUE.equals(done);
        } catch (RuntimeException e) {
            String error = MailSender.describe(e);
            log.warn("Inbound mail {}: processing failed, kept to look at: {}", id, error);
            tx.executeWithoutResult(s -> store.failed(id, error, clock.instant()));
            return true;
        }
    }

    private boolean processInTransaction(long id) {
        if (!store.claim(id)) return false;
        InboundStore.Pending p = store.pending(id).orElseThrow();
        Instant now = clock.instant();
        ParsedMail m = InboundParser.parse(p.raw(), p.envelopeRecipient());
        var c = InboundClassifier.classify(m, store::ours, settings.from());
        store.deleteReports(id);
        String about = m.aboutMessageId();
        switch (c.kind()) {
            case DELIVERY_REPORT -> {
                for (var line : m.report().lines()) store.insertReport(id, m.report().originalMessageId(), line, now);
                store.finish(id, InboundStatus.IGNORED, c.kind(), m.fromAddress(), m.subject(), null, about,
                        c.reason() + ": " + m.report().lines().stream()
                                .map(l -> l.action() + " " + l.recipient() + (l.status() == null ? "" : " " + l.status()))
                                .reduce((a, b) -> a + ", " + b).orElse("no recipient line"), now);
                return true;
            }
            case AUTO_REPLY, BOUNCE, LOOP -> {
                store.finish(id, InboundStatus.IGNORED, c.kind(), m.fromAddress(), m.subject(), null, about, c.reason(), now);
                return true;
            }
            case MALFORMED -> {
                store.finish(id, InboundStatus.TO_LOOK_AT, c.kind(), m.fromAddress(), m.subject(), null, about, c.reason(), now);
                return true;
            }
            default -> { }
        }
        String authserv = inboundSettings.authservId();
        if (authserv != null && !m.authenticatedBy(authserv)) {
            store.finish(id, InboundStatus.TO_LOOK_AT, InboundKind.UNAUTHENTICATED, m.fromAddress(), m.subject(), null, about,
                    "the sender " + m.fromAddress() + " is not vouched for by " + authserv, now);
            return true;
        }
        Map<String, InboundMailHandler> all = handlers();
        String address = m.recipients().stream().filter(all::containsKey).findFirst().orElse(null);
        if (address == null) {
            store.finish(id, InboundStatus.TO_LOOK_AT, InboundKind.UNROUTABLE, m.fromAddress(), m.subject(), null, about,
                    "no module receives " + String.join(", ", m.recipients()), now);
            return true;
        }
        InboundParser.Content content = InboundParser.content(p.raw());
        IncomingMail mail = new IncomingMail(id, p.messageId(), m.fromAddress(), m.fromName(), m.recipients(), m.subject(),
                m.text(), m.inReplyTo(), m.references(), m.language(), p.receivedAt(), content.html(), content.attachments());
        InboundMailHandler.Handling h = all.get(address).handle(mail);
        String summary = h == null ? null : h.summary();
        store.finish(id, h != null && h.toLookAt() ? InboundStatus.TO_LOOK_AT : InboundStatus.PROCESSED, InboundKind.PERSON,
                m.fromAddress(), m.subject(), address, about, summary, now);
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<InboundRow> find(long id) {
        return store.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> raw(long id) {
        return store.raw(id);
    }

    @Transactional(readOnly = true)
    public List<InboundRow> list(InboundStatus status, int limit) {
        return store.list(status, limit);
    }

    @Transactional(readOnly = true)
    public Map<InboundStatus, Long> counts() {
        return store.counts();
    }

    @Transactional(readOnly = true)
    public List<org.fourmiliere.mail.Delivery.Report> reportsOf(long id) {
        return store.reportsOf(id);
    }

    /** A person looked at a message of the list: it leaves the list, with who and when. */
    @Transactional
    public void lookedAt(long id) {
        String who = AuditTrail.currentActor();
        if (!store.lookedAt(id, who, clock.instant())) throw new Problems.NotFound("mail.inbound.notToLookAt");
        audit.record(AUDIT_TYPE, id, "looked_at", Map.of("status", InboundStatus.TO_LOOK_AT.name()),
                Map.of("status", InboundStatus.LOOKED_AT.name()));
    }

    /** Puts a message back to be processed (after an address was added, a handler fixed), and processes it now. */
    public void processAgain(long id) {
        tx.executeWithoutResult(s -> {
            InboundRow before = store.find(id).orElseThrow(() -> new Problems.NotFound("mail.inbound.notFound"));
            if (!store.again(id)) throw new Problems.NotFound("mail.inbound.notToLookAt");
            audit.record(AUDIT_TYPE, id, "process_again", Map.of("status", before.status().name()),
                    Map.of("status", InboundStatus.RECEIVED.name()));
        });
        process(id);
    }

    @Transactional(readOnly = true)
    public List<AuditTrail.Event> history(long id) {
        return audit.history(AUDIT_TYPE, id);
    }
}
