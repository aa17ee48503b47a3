package org.fourmiliere.sales.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fourmiliere.mail.OutgoingMail;
import org.fourmiliere.mail.Outbox;
import org.fourmiliere.sales.NewDocument;
import org.fourmiliere.sales.NewLine;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the sales module sends and repeats: a document by e-mail with its PDF attached (through the outbox, in the
 * customer's language), reminders of overdue invoices at the chosen steps (each step once per invoice, logged), and
 * the recurring invoices issued on their dates.
 */
@Service
public class SalesMail {

    private static final Logger log = LoggerFactory.getLogger(SalesMail.class);

    private final SalesService sales;
    private final SalesStore store;
    private final DocumentPdf pdf;
    private final Outbox outbox;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final List<Integer> steps;

    SalesMail(SalesService sales, SalesStore store, DocumentPdf pdf, Outbox outbox, MessageSource messages, AuditTrail audit,
              @Value("${fourmiliere.sales.reminder-steps:15,45}") String steps) {
        this.sales = sales;
        this.store = store;
        this.pdf = pdf;
        this.outbox = outbox;
        this.messages = messages;
        this.audit = audit;
        this.steps = Arrays.stream(steps.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).sorted().toList();
    }

    /** The days overdue at which a reminder goes out. */
    public List<Integer> steps() {
        return steps;
    }

    /** Sends the document to the customer (or to {@code to}) with its PDF; answers the message's {@code Message-ID}. */
    @Transactional
    public String send(long documentId, String to) {
        Document d = sales.document(documentId);
        Party p = sales.party(d.partyId());
        String address = to == null || to.isBlank() ? p.email() : to.trim();
        if (address == null) throw new Problems.InvalidInput("to", "sales.mail.no-address", p.name());
        Locale locale = Locale.forLanguageTag(d.language());
        String kind = messages.getMessage("sales.kind." + d.kind().name(), null, locale);
        String subject = messages.getMessage("sales.mail.subject", new Object[] {kind, d.number(), pdf.issuer().name()}, locale);
        String text = messages.getMessage("sales.mail.text", new Object[] {kind, d.number(), d.total().amount().toPlainString(),
                d.dueDate() == null ? "" : d.dueDate().toString(), pdf.issuer().name()}, locale);
        String key = "sales-document:" + d.id() + ":" + Instant.now(sales.clock()).toEpochMilli();
        String messageId = outbox.enqueue(OutgoingMail.automatic(address, d.language(), subject, text, key)
                .withAttachment(new OutgoingMail.Attachment(d.number() + ".pdf", "application/pdf", pdf.render(d))));
        audit.record(SalesService.AUDIT_DOCUMENT, d.id(), "sent", null, Map.of("to", address, "messageId", messageId));
        return messageId;
    }

    /**
     * Sends the reminders due on {@code today}: each open invoice overdue by a step's days gets that step's reminder
     * once (the row of {@code sales_reminder} and the outbox's correlation key both see to it). Answers how many.
     */
    @Transactional
    public int remind(LocalDate today) {
        int sent = 0;
        for (int step : steps) {
            List<Document> batch = store.overdueWithoutReminder(step, today, 500);
            while (!batch.isEmpty()) {
                for (Document head : batch) {
                    if (remind(head.id(), step, today)) sent++;
                }
                batch = store.overdueWithoutReminder(step, today, 500);
            }
        }
        return sent;
    }

    /** One invoice's reminder of one step: e-mailed if the customer has an address, logged in any case. */
    private boolean remind(long documentId, int step, LocalDate today) {
        Document d = sales.document(documentId);
        Party p = sales.party(d.partyId());
        String messageId = null;
        if (p.email() != null) {
            Locale locale = Locale.forLanguageTag(d.language());
            String subject = messages.getMessage("sales.reminder.subject", new Object[] {d.number(), pdf.issuer().name()}, locale);
            String text = messages.getMessage("sales.reminder.text", new Object[] {d.number(), d.date().toString(),
                    d.balance().amount().toPlainString(), d.dueDate().toString(), step, pdf.issuer().name()}, locale);
            messageId = outbox.enqueue(OutgoingMail.automatic(p.email(), d.language(), subject, text,
                            "sales-reminder:" + d.id() + ":" + step)
                    .withAttachment(new OutgoingMail.Attachment(d.number() + ".pdf", "application/pdf", pdf.render(d))));
        }
        store.insertReminder(d.id(), step, today, messageId);
        audit.record(SalesService.AUDIT_DOCUMENT, d.id(), "reminded", null,
                Map.of("step", step, "to", p.email() == null ? "" : p.email()));
        log.info("Reminder of invoice {} at {} days overdue: {}", d.number(), step, messageId == null ? "no address" : messageId);
        return messageId != null;
    }

    public List<Reminder> reminders(long documentId) {
        return store.reminders(documentId);
    }

    /** Makes an invoice recur every {@code everyMonths} months from {@code next} (until {@code until}, or for ever). */
    @Transactional
    public long recur(long invoiceId, int everyMonths, LocalDate next, LocalDate until) {
        Document d = sales.document(invoiceId, DocKind.INVOICE);
        if (everyMonths < 1 || everyMonths > 60) throw new Problems.InvalidInput("everyMonths", "sales.recurring.every");
        if (!next.isAfter(d.date())) throw new Problems.InvalidInput("next", "sales.recurring.next");
        return store.insertRecurring(d.id(), everyMonths, next, until);
    }

    /**
     * Issues the recurring invoices due on or before {@code today}, each a copy of its model dated on its day; the rows
     * are locked while they are issued, so that two nodes never issue the same one. Answers how many were issued.
     */
    @Transactional
    public int issueRecurring(LocalDate today) {
        int issued = 0;
        for (SalesStore.Recurring r : store.dueRecurring(today, 200)) {
            Document model = sales.document(r.templateId());
            LocalDate day = r.nextDate();
            boolean active = true;
            while (active && !day.isAfter(today)) {
                List<NewLine> lines = new ArrayList<>();
                for (Line l : model.lines()) {
                    lines.add(new NewLine(l.description(), l.quantity(), l.unit(), l.unitPrice(), l.department(), l.account(),
                            l.taxCode().name(), l.activity(), null));
                }
                sales.invoice(new NewDocument(model.partyId(), null, day, null, null, null, null, null, model.note(), lines));
                issued++;
                day = day.plusMonths(r.everyMonths());
                if (r.untilDate() != null && day.isAfter(r.untilDate())) active = false;
            }
            store.advanceRecurring(r.id(), day, active);
        }
        return issued;
    }
}
