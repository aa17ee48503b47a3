package org.fourmiliere.mail.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.mail.OutgoingMail;
import org.fourmiliere.mail.Outbox;
import org.fourmiliere.shared.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The outbox: queues in the caller's transaction; what the administrator sees and does of it. */
@Service
public class OutboxService implements Outbox {

    private final OutboxStore store;
    private final InboundStore inbound;
    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;

    OutboxService(OutboxStore store, InboundStore inbound, MailSettings settings, ObjectProvider<JavaMailSender> sender,
                  Clock clock) {
        this.store = store;
        this.inbound = inbound;
        this.settings = settings;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String enqueue(OutgoingMail mail) {
        Optional<String> existing = store.messageIdOf(mail.correlationKey());
        if (existing.isPresent()) return existing.get();
        String messageId = MimeBuilder.newMessageId(settings.messageIdDomain());
        long id = store.insert(StoredMail.queued(mail, messageId, clock.instant()));
        store.insertAttachments(id, mail.attachments());
        return messageId;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, org.fourmiliere.mail.Delivery> deliveries(java.util.Collection<String> messageIds) {
        Map<String, List<org.fourmiliere.mail.Delivery.Report>> reports = new java.util.HashMap<>();
        for (var e : inbound.reportsAbout(java.util.Set.copyOf(messageIds))) {
            reports.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue());
        }
        Map<String, org.fourmiliere.mail.Delivery> result = new java.util.LinkedHashMap<>();
        for (String id : messageIds) {
            store.byMessageId(id).ifPresent(m -> result.put(id, new org.fourmiliere.mail.Delivery(id, m.status().name(),
                    m.sentAt(), reports.getOrDefault(id, List.of()))));
        }
        return result;
    }

    @Override
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    @Transactional(readOnly = true)
    public List<StoredMail> failed(int limit) {
        return store.failed(limit);
    }

    @Transactional(readOnly = true)
    public Map<MailStatus, Long> counts() {
        return store.counts();
    }

    @Transactional(readOnly = true)
    public Optional<StoredMail> byCorrelationKey(String key) {
        return store.byCorrelationKey(key);
    }

    /** Puts a failed message back in the queue: it is sent at the job's next run, with the same Message-ID. */
    @Transactional
    public void sendAgain(long id) {
        if (!store.requeue(id, clock.instant())) throw new Problems.NotFound("mail.failed.notFound");
    }
}
