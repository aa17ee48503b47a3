package org.fourmiliere.requests.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fourmiliere.calendar.BusinessCalendars;
import org.fourmiliere.mail.Delivery;
import org.fourmiliere.mail.IncomingMail;
import org.fourmiliere.mail.OutgoingMail;
import org.fourmiliere.mail.Outbox;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.members.RepresentedOrganisation;
import org.fourmiliere.requests.TicketOpened;
import org.fourmiliere.requests.TicketStatusChanged;
import org.fourmiliere.roles.RoleDirectory;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.timesheets.WorkedTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one write path of requests: tickets opened and answered by mail, by the public form and by workers; replies
 * sent through the outbox in the change's transaction; every change recorded as a ticket transaction; search terms
 * kept on write; service targets counted by the {@link OfficeClock}.
 */
@Service
public class RequestService {

    private static final Logger log = LoggerFactory.getLogger(RequestService.class);

    /** The activity of a queue without one of its own. */
    static String activityOf(Queue q) {
        return q.activityCode() == null ? "requests-" + q.code() : q.activityCode();
    }

    /** A worker's reply or comment; {@code file} is an attachment, or {@code null}. */
    public record Reply(String text, Integer minutes, TicketStatus statusAfter, File file) {
        public Reply(String text, Integer minutes, TicketStatus statusAfter) {
            this(text, minutes, statusAfter, null);
        }
    }

    /** A file joined to a reply or comment. */
    public record File(String filename, String contentType, byte[] content) {
        public File {
            filename = filename == null || filename.isBlank() ? "attachment" : cut(filename, 255);
            contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : cut(contentType, 200);
        }
    }

    public record NewRequest(String name, String email, String subject, String text, String queueCode, String language) {}

    /** Filters of a list; {@code tag} (normalised, see {@link Ticket#normalTag}) or {@code null}. */
    public record Filter(Long queueId, List<TicketStatus> statuses, Long ownerId, boolean unowned, int limit, String tag) {
        public Filter(Long queueId, List<TicketStatus> statuses, Long ownerId, boolean unowned, int limit) {
            this(queueId, statuses, ownerId, unowned, limit, null);
        }
    }

    private final RequestStore store;
    private final RequestSettings settings;
    private final BusinessCalendars calendars;
    private final Clock clock;
    private final Outbox outbox;
    private final MemberDirectory members;
    private final RoleDirectory roles;
    private final WorkedTime time;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final PortalThrottle throttle;

    RequestService(RequestStore store, RequestSettings settings, BusinessCalendars calendars, Clock clock, Outbox outbox,
                   MemberDirectory members, RoleDirectory roles, WorkedTime time, ApplicationEventPublisher events,
                   MessageSource messages, PortalThrottle throttle) {
        this.store = store;
        this.settings = settings;
        this.calendars = calendars;
        this.clock = clock;
        this.outbox = outbox;
        this.members = members;
        this.roles = roles;
        this.time = time;
        this.events = events;
        this.messages = messages;
        this.throttle = throttle;
    }

    public OfficeClock officeClock() {
        return new OfficeClock(calendars.current(), settings.opens(), settings.closes(), TimeConfig.ZONE);
    }

    public Instant now() {
        return clock.instant();
    }

    public RequestSettings settings() {
        return settings;
    }

    // ------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    public List<Queue> queues() {
        return store.queues();
    }

    public Queue queue(long id) {
        return store.queues().stream().filter(q -> q.id() == id).findFirst()
                .orElseThrow(() -> new Problems.NotFound("requests.queue.unknown", id));
    }

    public Queue queue(String code) {
        return store.queues().stream().filter(q -> q.code().equals(code)).findFirst()
                .orElseThrow(() -> new Problems.NotFound("requests.queue.unknown", code));
    }

    /** Every address that feeds a queue, in lower case (read once by the mail module). */
    public Set<String> addresses() {
        return store.addresses();
    }

    /** A ticket the viewer may see (a merged ticket leads to the one it was merged into); else 404. */
    @Transactional(readOnly = true)
    public Ticket ticket(long id, Viewer viewer) {
        Ticket t = store.ticket(id).orElseThrow(() -> new Problems.NotFound("requests.ticket.unknown", id));
        for (int i = 0; i < 10 && t.mergedInto() != null; i++) t = store.ticket(t.mergedInto()).orElseThrow();
        if (!visible(t.id(), viewer)) throw new Problems.NotFound("requests.ticket.unknown", id);
        return t;
    }

    private boolean visible(long ticketId, Viewer viewer) {
        if (viewer.staff()) return true;
        if (viewer.address() == null) return false;
        return store.parties(ticketId).stream().anyMatch(p -> p.address().equals(viewer.address())
                || (viewer.personId() != null && viewer.personId().equals(p.personId()))
                || viewer.organisations().contains(p.address()));
    }

    @Transactional(readOnly = true)
    public List<TicketMessage> messages(long ticketId, Viewer viewer) {
        return store.messages(ticketId).stream().filter(m -> viewer.staff() || !m.internal()).toList();
    }

    @Transactional(readOnly = true)
    public List<Party> parties(long ticketId) {
        return store.parties(ticketId);
    }

    @Transactional(readOnly = true)
    public Map<Long, List<Party>> parties(List<Long> ticketIds) {
        return store.parties(ticketIds);
    }

    @Transactional(readOnly = true)
    public List<TicketTransaction> history(long ticketId) {
        return store.transactions(ticketId);
    }

    @Transactional(readOnly = true)
    public List<Link> links(long ticketId) {
        return store.links(ticketId);
    }

    @Transactional(readOnly = true)
    public List<AttachmentRow> attachments(long ticketId, Viewer viewer) {
        Set<Long> visibleMessages = new java.util.HashSet<>();
        messages(ticketId, viewer).forEach(m -> visibleMessages.add(m.id()));
        return store.attachments(ticketId).stream().filter(a -> visibleMessages.contains(a.messageId())).toList();
    }

    @Transactional(readOnly = true)
    public AttachmentContent attachment(long id, Viewer viewer) {
        var a = store.attachment(id).orElseThrow(() -> new Problems.NotFound("requests.attachment.unknown", id));
        if (!visible(a.ticketId(), viewer) || (a.internal() && !viewer.staff())) {
            throw new Problems.NotFound("requests.attachment.unknown", id);
        }
        return a;
    }

    @Transactional(readOnly = true)
    public List<Ticket> list(Filter f, Viewer viewer) {
        List<String> statuses = f.statuses() == null ? List.of() : f.statuses().stream().map(Enum::name).toList();
        return store.tagged(f.queueId(), statuses, f.ownerId(), f.unowned(), f.tag(), viewer.staff() ? null : viewer.address(),
                viewer.personId(), viewer.organisations(), f.limit());
    }

    /** Full-text search: every word must be found (folded, stemmed; ADR 1002); combined with the filters. */
    @Transactional(readOnly = true)
    public List<Ticket> search(String q, Filter f, Viewer viewer) {
        Set<String> terms = SearchTerms.of(q);
        if (terms.isEmpty()) return List.of();
        if (!viewer.staff() && viewer.address() == null) return List.of();
        List<String> statuses = f.statuses() == null ? List.of() : f.statuses().stream().map(Enum::name).toList();
        return store.search(terms, !viewer.staff(), f.queueId(), statuses, f.ownerId(), f.unowned(), f.tag(),
                viewer.staff() ? null : viewer.address(), viewer.personId(), viewer.organisations(), f.limit());
    }

    // ------------------------------------------------------------------ mail in

    /** A message to one of the queues' addresses: a new ticket, or a message of the ticket it answers. */
    @Transactional
    public String fromMail(IncomingMail in) {
        Instant now = clock.instant();
        Queue queue = queueOf(in.recipients());
        if (store.ticketBySource(in.messageId()).isPresent() || store.ticketByMessageIds(List.of(in.messageId())).isPresent()) {
            return "already kept";
        }
        Optional<Long> threaded = store.ticketByMessageIds(in.answers());
        if (threaded.isEmpty()) {
            Long number = Ticket.numberIn(in.subject());
            // A number in the subject threads only the mail of someone already on the ticket: ticket numbers are
            // easy to guess, and whoever is added to a ticket reads its correspondence and gets the replies.
            if (number != null && store.ticket(number).isPresent() && isParty(follow(number), in.fromAddress())) {
                threaded = Optional.of(number);
            }
        }
        Optional<PersonRef> person = members.personByEmail(in.fromAddress());
        if (threaded.isPresent()) {
            long id = follow(threaded.get());
            Ticket t = store.lock(id).orElseThrow();
            String kept = addIncoming(t, in, person.orElse(null), now);
            return "ticket " + id + ": " + kept;
        }
        String language = language(in.language(), person.orElse(null));
        Ticket t = Ticket.open(in.subject(), queue.id(), language, in.receivedAt() == null ? now : in.receivedAt());
        long id = store.insertTicket(t, in.messageId());
        t = store.lock(id).orElseThrow();
        store.addParty(id, in.fromAddress(), "REQUESTER", person.map(PersonRef::id).orElse(null),
                in.fromName() != null ? cut(in.fromName(), 200) : person.map(PersonRef::name).orElse(null));
        Set<String> ours = store.addresses();
        for (String r : in.recipients()) {
            if (!ours.contains(r) && !r.equals(in.fromAddress())) {
                store.addParty(id, r, "CC", members.personByEmail(r).map(PersonRef::id).orElse(null), null);
            }
        }
        long row = store.insertMessage(id, "IN", person.map(PersonRef::id).orElse(null), in.fromAddress(), cut(in.text(), 100000),
                safeHtml(in), in.messageId(), in.id(), null, now);
        store.record(id, now, in.fromAddress(), "created", null, null, queue.code());
        keepAttachments(id, row, in, now);
        index(id, true, t.subject() + " " + in.text());
        events.publishEvent(new TicketOpened(id, queue.code()));
        t = automate(t, queue, "CREATE", in.subject() + " " + in.text(), in.fromAddress(), now);
        acknowledge(t, queue, in.fromAddress(), in.messageId(), now);
        return "ticket " + id + " opened in " + queue.code();
    }

    /** The HTML part of a message, sanitised (its text is kept beside it as the text alternative). */
    private static String safeHtml(IncomingMail in) {
        String html = MailHtml.safe(in.html());
        return html == null || html.length() > 200000 ? null : html;
    }

    /** A message's files up to the size limit, on its row; a larger one is left out and said in the history. */
    private void keepAttachments(long ticketId, long messageRow, IncomingMail in, Instant now) {
        for (IncomingMail.Attachment a : in.attachments()) {
            if (a.content().length > settings.attachmentMaxBytes()) {
                store.record(ticketId, now, "system", "attachment-too-large", null, null,
                        cut(a.filename(), 200) + " (" + a.content().length + ")");
                continue;
            }
            store.insertAttachment(messageRow, cut(a.filename(), 255), cut(a.contentType(), 200), a.content());
        }
    }

    private boolean isParty(long ticketId, String address) {
        return address != null && store.parties(ticketId).stream().anyMatch(p -> p.address().equalsIgnoreCase(address));
    }

    private String addIncoming(Ticket t, IncomingMail in, PersonRef person, Instant now) {
        Queue queue = queue(t.queueId());
        store.addParty(t.id(), in.fromAddress(), "CC", person == null ? null : person.id(), in.fromName());
        long row = store.insertMessage(t.id(), "IN", person == null ? null : person.id(), in.fromAddress(), cut(in.text(), 100000),
                safeHtml(in), in.messageId(), in.id(), null, now);
        store.record(t.id(), now, in.fromAddress(), "correspondence", null, null, null);
        keepAttachments(t.id(), row, in, now);
        index(t.id(), true, in.text());
        String outcome = "message added";
        Ticket after = t;
        if (t.status() == TicketStatus.WAITING) {
            after = t.withStatus(TicketStatus.OPEN, officeClock(), now);
        } else if (t.status().closed()) {
            if (t.reopensOnReply(now, settings.reopenWindow())) {
                after = t.withStatus(TicketStatus.OPEN, officeClock(), now);
                outcome = "reopened";
            } else {
                store.record(t.id(), now, "system", "not-reopened", "status", t.status().name(), t.status().name());
                outcome = "message added, not reopened (reopened less than " + settings.reopenWindow() + " ago)";
            }
        }
        after = after.touched(now);
        statusChanged(t, after, in.fromAddress(), now);
        store.update(after);
        automate(after, queue, "REPLY", in.text(), in.fromAddress(), now);
        return outcome;
    }

    private Queue queueOf(List<String> recipients) {
        List<Queue> all = store.queues();
        for (String r : recipients) {
            for (Queue q : all) if (q.addresses().contains(r)) return q;
        }
        throw new IllegalStateException("no queue for " + recipients);
    }

    private long follow(long id) {
        Ticket t = store.ticket(id).orElseThrow();
        for (int i = 0; i < 10 && t.mergedInto() != null; i++) t = store.ticket(t.mergedInto()).orElseThrow();
        return t.id();
    }

    private static String language(String given, PersonRef person) {
        if (given != null && given.toLowerCase(Locale.ROOT).startsWith("en")) return "en";
        if (given != null && given.toLowerCase(Locale.ROOT).startsWith("fr")) return "fr";
        return person != null && "en".equals(person.language()) ? "en" : "fr";
    }

    /** The acknowledgement, in the requester's language, at most one per requester per window; never to a flagged sender. */
    private void acknowledge(Ticket t, Queue queue, String address, String inReplyTo, Instant now) {
        if (!queue.autoAck()) return;
        store.lockSender(address);
        if (!store.flagged(List.of(address)).isEmpty()) return;
        Optional<Instant> last = store.lastAck(address);
        if (last.isPresent() && last.get().plus(settings.ackWindow()).isAfter(now)) {
            store.record(t.id(), now, "system", "ack-skipped", null, null, address);
            return;
        }
        Locale locale = Locale.forLanguageTag(t.language());
        String subject = t.mailSubject();
        String text = msg("requests.mail.ack.text", locale, "#" + t.id(), queue.name(t.language()), t.subject(),
                settings.baseUrl() + "/requests/portal");
        long row = store.insertMessage(t.id(), "ACK", null, address, text, null, null, null, null, now);
        OutgoingMail ack = new OutgoingMail(List.of(address), t.language(), subject, text, null, null, List.of(),
                true, null, queue.replyAddress(), "ticket-ack:" + t.id());
        String mid = outbox.enqueue(inReplyTo == null ? ack : ack.replyingTo(inReplyTo, List.of()));
        store.setMessageId(row, mid);
        store.acked(address, now);
        store.record(t.id(), now, "system", "acknowledged", null, null, address);
    }

    // ------------------------------------------------------------------ the public form

    @Transactional
    public Ticket openFromForm(NewRequest r) {
        Instant now = clock.instant();
        String email = r.email() == null ? "" : r.email().strip().toLowerCase(Locale.ROOT);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 320) {
            throw new Problems.InvalidInput("email", "requests.form.email.invalid");
        }
        if (r.subject() == null || r.subject().isBlank()) throw new Problems.InvalidInput("subject", "requests.form.subject.required");
        if (r.text() == null || r.text().isBlank()) throw new Problems.InvalidInput("text", "requests.form.text.required");
        Queue queue = queue(r.queueCode() == null || r.queueCode().isBlank() ? "support" : r.queueCode());
        Optional<PersonRef> person = members.personByEmail(email);
        String language = language(r.language(), person.orElse(null));
        long id = store.insertTicket(Ticket.open(r.subject(), queue.id(), language, now), null);
        Ticket t = store.lock(id).orElseThrow();
        store.addParty(id, email, "REQUESTER", person.map(PersonRef::id).orElse(null),
                r.name() == null || r.name().isBlank() ? person.map(PersonRef::name).orElse(null) : cut(r.name().strip(), 200));
        store.insertMessage(id, "IN", person.map(PersonRef::id).orElse(null), email, cut(r.text(), 100000),
                Markdown.html(cut(r.text(), 100000)), null, null, null, now);
        store.record(id, now, email, "created", null, null, queue.code() + " (form)");
        index(id, true, t.subject() + " " + r.text());
        events.publishEvent(new TicketOpened(id, queue.code()));
        t = automate(t, queue, "CREATE", r.subject() + " " + r.text(), email, now);
        acknowledge(t, queue, email, null, now);
        return store.ticket(id).orElseThrow();
    }

    /** A requester answers from the portal: as a message by mail would. */
    @Transactional
    public void replyFromPortal(long ticketId, Viewer viewer, String text) {
        if (text == null || text.isBlank()) throw new Problems.InvalidInput("text", "requests.reply.text.required");
        Ticket t = ticket(ticketId, viewer);
        t = store.lock(t.id()).orElseThrow();
        Instant now = clock.instant();
        // a representative answering their organisation's ticket is copied from then on, as when they answer by mail
        store.addParty(t.id(), viewer.address(), "CC", viewer.personId(), null);
        store.insertMessage(t.id(), "IN", viewer.personId(), viewer.address(), cut(text, 100000), Markdown.html(cut(text, 100000)),
                null, null, null, now);
        store.record(t.id(), now, viewer.address(), "correspondence", null, null, "portal");
        index(t.id(), true, text);
        Ticket after = t.status() == TicketStatus.WAITING || t.status().closed()
                ? t.withStatus(TicketStatus.OPEN, officeClock(), now) : t.touched(now);
        statusChanged(t, after, viewer.address(), now);
        store.update(after);
    }

    /** A requester marks their own ticket resolved from the portal. */
    @Transactional
    public void resolveFromPortal(long ticketId, Viewer viewer) {
        Ticket t = ticket(ticketId, viewer);
        t = store.lock(t.id()).orElseThrow();
        Instant now = clock.instant();
        Ticket after = t.withStatus(TicketStatus.RESOLVED, officeClock(), now);
        statusChanged(t, after, viewer.address(), now);
        store.update(after);
    }

    // ------------------------------------------------------------------ workers

    /** A worker's reply: sent to the requesters and Cc, threaded; the first response counts; time worked recorded. */
    @Transactional
    public long reply(long ticketId, long personId, String actor, Reply r) {
        return write(ticketId, personId, actor, r, false);
    }

    /** An internal comment: never sent to a requester; time worked recorded. */
    @Transactional
    public long comment(long ticketId, long personId, String actor, Reply r) {
        return write(ticketId, personId, actor, r, true);
    }

    private long write(long ticketId, long personId, String actor, Reply r, boolean internal) {
        if (r.text() == null || r.text().isBlank()) throw new Problems.InvalidInput("text", "requests.reply.text.required");
        if (r.text().length() > 100000) throw new Problems.InvalidInput("text", "requests.reply.text.tooLong");
        if (r.minutes() != null && (r.minutes() <= 0 || r.minutes() > 1440)) {
            throw new Problems.InvalidInput("minutes", "requests.reply.minutes.invalid");
        }
        if (r.file() != null && r.file().content().length > settings.attachmentMaxBytes()) {
            throw new Problems.InvalidInput("attachment", "requests.attachment.tooLarge", settings.attachmentMaxBytes());
        }
        Ticket t = store.lock(ticketId).orElseThrow(() -> new Problems.NotFound("requests.ticket.unknown", ticketId));
        if (t.mergedInto() != null) throw new Problems.Conflict("ticket", "requests.ticket.merged", t.mergedInto());
        Instant now = clock.instant();
        Queue queue = queue(t.queueId());
        String html = Markdown.html(r.text());
        long row = store.insertMessage(t.id(), internal ? "COMMENT" : "OUT", personId, null, r.text(), html, null, null,
                r.minutes(), now);
        if (r.file() != null) store.insertAttachment(row, r.file().filename(), r.file().contentType(), r.file().content());
        Ticket after = t;
        if (!internal) {
            List<String> to = store.parties(t.id()).stream().map(Party::address).toList();
            if (to.isEmpty()) throw new Problems.Conflict("ticket", "requests.reply.nobody");
            List<String> thread = store.thread(t.id());
            String parent = thread.isEmpty() ? null : thread.getLast();
            OutgoingMail mail = new OutgoingMail(to, t.language(), t.mailSubject(), r.text(), html, null, List.of(), false,
                    null, queue.replyAddress(), "ticket-reply:" + row);
            if (parent != null) mail = mail.replyingTo(parent, thread);
            if (r.file() != null) {
                mail = mail.withAttachment(new OutgoingMail.Attachment(r.file().filename(), r.file().contentType(), r.file().content()));
            }
            store.setMessageId(row, outbox.enqueue(mail));
            after = t.responded(officeClock(), now);
        }
        if (r.statusAfter() != null) after = after.withStatus(r.statusAfter(), officeClock(), now);
        after = after.touched(now);
        store.record(t.id(), now, actor, internal ? "comment" : "correspondence", null, null,
                r.minutes() == null ? null : r.minutes() + " min");
        statusChanged(t, after, actor, now);
        store.update(after);
        index(t.id(), !internal, r.text());
        if (r.minutes() != null) {
            time.recordWork(personId, activityOf(queue), queue.nameFr(), LocalDate.ofInstant(now, TimeConfig.ZONE),
                    r.minutes(), "[fourmi #" + t.id() + "] " + cut(t.subject(), 200));
        }
        return row;
    }

    @Transactional
    public void setStatus(long ticketId, TicketStatus to, String actor) {
        Ticket t = locked(ticketId);
        Instant now = clock.instant();
        Ticket after = t.withStatus(to, officeClock(), now);
        statusChanged(t, after, actor, now);
        store.update(after);
        if (after.status() != t.status()) automate(after, queue(after.queueId()), "STATUS", null, actor, now);
    }

    /** Takes a ticket (nobody's), steals it (someone else's), or assigns it ({@code ownerId} null: nobody). */
    @Transactional
    public void setOwner(long ticketId, Long ownerId, String actor) {
        Ticket t = locked(ticketId);
        if (ownerId != null && members.person(ownerId).isEmpty()) throw new Problems.InvalidInput("ownerId", "requests.owner.unknown");
        Instant now = clock.instant();
        if (java.util.Objects.equals(t.ownerId(), ownerId)) return;
        store.update(t.withOwner(ownerId, now));
        store.record(t.id(), now, actor, t.ownerId() == null ? "taken" : "owner", "owner",
                t.ownerId() == null ? null : String.valueOf(t.ownerId()), ownerId == null ? null : String.valueOf(ownerId));
    }

    @Transactional
    public void setPriority(long ticketId, int priority, String actor) {
        Ticket t = locked(ticketId);
        Instant now = clock.instant();
        store.update(t.withPriority(priority, now));
        store.record(t.id(), now, actor, "priority", "priority", String.valueOf(t.priority()), String.valueOf(priority));
    }

    @Transactional
    public void move(long ticketId, String queueCode, String actor) {
        Ticket t = locked(ticketId);
        Queue to = queue(queueCode);
        if (to.id() == t.queueId()) return;
        Instant now = clock.instant();
        store.update(t.inQueue(to.id(), now));
        store.record(t.id(), now, actor, to.level() > queue(t.queueId()).level() ? "escalated" : "queue", "queue",
                queue(t.queueId()).code(), to.code());
    }

    /** Escalates to the queue's second level: the same ticket, its whole history kept. */
    @Transactional
    public void escalate(long ticketId, String actor) {
        Ticket t = locked(ticketId);
        Queue q = queue(t.queueId());
        if (q.escalationQueueId() == null) throw new Problems.Conflict("queue", "requests.escalate.none");
        move(ticketId, queue(q.escalationQueueId()).code(), actor);
    }

    /** Merges {@code from} into {@code into}: messages, requesters and words move; {@code from} points at {@code into}. */
    @Transactional
    public void merge(long from, long into, String actor) {
        if (from == into) throw new Problems.InvalidInput("into", "requests.merge.self");
        Ticket a = locked(Math.min(from, into));
        Ticket b = locked(Math.max(from, into));
        Ticket source = a.id() == from ? a : b;
        Ticket target = a.id() == into ? a : b;
        if (target.mergedInto() != null) throw new Problems.Conflict("into", "requests.ticket.merged", target.mergedInto());
        Instant now = clock.instant();
        Ticket merged = source.mergedInto(target.id(), officeClock(), now);
        store.moveMessages(source.id(), target.id());
        for (Party p : store.parties(source.id())) store.addParty(target.id(), p.address(), "CC".equals(p.role()) ? "CC" : "REQUESTER", p.personId(), p.name());
        store.moveTerms(source.id(), target.id());
        store.link(source.id(), "MERGED_INTO", target.id());
        store.update(merged);
        store.update(target.touched(now));
        store.record(source.id(), now, actor, "merged", "merged_into", null, String.valueOf(target.id()));
        store.record(target.id(), now, actor, "merged-in", null, null, String.valueOf(source.id()));
    }

    @Transactional
    public void link(long ticketId, String kind, long otherId, String actor) {
        if (!List.of("DEPENDS_ON", "REFERS_TO").contains(kind)) throw new Problems.InvalidInput("kind", "requests.link.kind");
        locked(ticketId);
        if (otherId == ticketId) throw new Problems.InvalidInput("otherId", "requests.link.self");
        store.ticket(otherId).orElseThrow(() -> new Problems.InvalidInput("otherId", "requests.ticket.unknown", otherId));
        if (store.link(ticketId, kind, otherId) > 0) {
            store.record(ticketId, clock.instant(), actor, "link", kind, null, String.valueOf(otherId));
        }
    }

    /** Sets the due date ({@code null}: none), in the ticket's history. */
    @Transactional
    public void setDueDate(long ticketId, LocalDate dueOn, String actor) {
        Ticket t = locked(ticketId);
        Instant now = clock.instant();
        Ticket after = t.withDueOn(dueOn, now);
        if (java.util.Objects.equals(t.dueOn(), after.dueOn())) return;
        store.update(after);
        store.record(t.id(), now, actor, "due-date", "due_on", t.dueOn() == null ? null : t.dueOn().toString(),
                dueOn == null ? null : dueOn.toString());
    }

    /** Replaces the tags (normalised: trimmed, lower case, each once; see {@link Ticket#normalTags}), in the history. */
    @Transactional
    public void setTags(long ticketId, List<String> tags, String actor) {
        List<String> normal = Ticket.normalTags(tags);
        Ticket t = locked(ticketId);
        Instant now = clock.instant();
        Ticket after = t.withTags(normal, now);
        if (t.tags().equals(after.tags())) return;
        store.update(after);
        store.record(t.id(), now, actor, "tags", "tags", t.tags().isEmpty() ? null : t.tags(),
                after.tags().isEmpty() ? null : after.tags());
    }

    /** The day it is, in the collective's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TimeConfig.ZONE);
    }

    /** Tickets still to be done whose due date has passed, the longest overdue first. */
    @Transactional(readOnly = true)
    public List<Ticket> pastDue(int limit) {
        return store.pastDue(today(), limit);
    }

    // ------------------------------------------------------------------ custom fields (ADR 1004)

    public record NewField(String code, String labelFr, String labelEn, String kind, List<String> choices, boolean required) {}

    @Transactional(readOnly = true)
    public List<QueueField> fields(String queueCode) {
        return store.fields(queue(queueCode).id());
    }

    /** A new custom field of a queue, after its others; a code the queue already has is a conflict. */
    @Transactional
    public QueueField defineField(String queueCode, NewField f) {
        Queue q = queue(queueCode);
        List<QueueField> existing = store.fields(q.id());
        QueueField field = QueueField.define(q.id(), f.code(), f.labelFr(), f.labelEn(), f.kind(), f.choices(), f.required(),
                existing.stream().mapToInt(QueueField::position).max().orElse(0) + 1);
        if (existing.stream().anyMatch(x -> x.code().equals(field.code()))) {
            throw new Problems.Conflict("code", "requests.field.taken", field.code());
        }
        if (existing.size() >= QueueField.MAX_PER_QUEUE) {
            throw new Problems.Conflict("code", "requests.field.tooMany", QueueField.MAX_PER_QUEUE);
        }
        long id = store.insertField(field);
        return new QueueField(id, field.queueId(), field.code(), field.labelFr(), field.labelEn(), field.kind(), field.choices(),
                field.required(), field.position());
    }

    /**
     * A ticket's values: first every field of its queue now (with its value or {@code null}), then the values kept
     * from fields of other queues it was in.
     */
    @Transactional(readOnly = true)
    public List<TicketFieldValue> fieldValues(Ticket t) {
        Map<Long, String> values = store.fieldValues(t.id());
        List<TicketFieldValue> out = new ArrayList<>();
        List<QueueField> current = store.fields(t.queueId());
        current.forEach(f -> out.add(new TicketFieldValue(f, values.get(f.id()), true)));
        Set<Long> others = new java.util.HashSet<>(values.keySet());
        current.forEach(f -> others.remove(f.id()));
        store.fieldsById(others).forEach(f -> out.add(new TicketFieldValue(f, values.get(f.id()), false)));
        return out;
    }

    /**
     * Sets custom fields of the ticket's queue by code (a blank or null value removes it): each value checked by its
     * field's kind, every required field of the queue left with a value, each change in the history. Nothing is
     * written when one value is refused.
     */
    @Transactional
    public void setFields(long ticketId, Map<String, String> given, String actor) {
        if (given == null) throw new Problems.InvalidInput("fields", "requests.fields.required");
        if (given.size() > QueueField.MAX_PER_QUEUE) throw new Problems.InvalidInput("fields", "requests.fields.tooMany");
        Ticket t = locked(ticketId);
        Map<String, QueueField> fields = new java.util.LinkedHashMap<>();
        store.fields(t.queueId()).forEach(f -> fields.put(f.code(), f));
        Map<Long, String> before = store.fieldValues(t.id());
        Map<Long, String> after = new HashMap<>(before);
        for (var e : given.entrySet()) {
            QueueField f = fields.get(e.getKey());
            if (f == null) {
                String code = e.getKey() == null ? "" : cut(e.getKey(), 40);
                throw new Problems.InvalidInput(code, "requests.field.unknown", code);
            }
            String v = f.normalise(e.getValue());
            if (v == null) after.remove(f.id());
            else after.put(f.id(), v);
        }
        for (QueueField f : fields.values()) {
            if (f.required() && after.get(f.id()) == null) throw f.refusal("requests.field.required");
        }
        Instant now = clock.instant();
        boolean changed = false;
        for (QueueField f : fields.values()) {
            String was = before.get(f.id());
            String is = after.get(f.id());
            if (java.util.Objects.equals(was, is)) continue;
            if (is == null) store.deleteFieldValue(t.id(), f.id());
            else store.setFieldValue(t.id(), f.id(), is);
            store.record(t.id(), now, actor, "field", f.code(), was, is);
            changed = true;
        }
        if (changed) store.update(t.touched(now));
    }

    public record NewQueue(String code, String nameFr, String nameEn, List<String> addresses, String roleCode,
                           Integer firstResponseMinutes, Integer resolutionMinutes, boolean autoAck, int level,
                           String escalatesTo) {}

    /** A new queue. Its addresses are received once the application has restarted (the mail module reads them once). */
    @Transactional
    public Queue createQueue(NewQueue q) {
        String code = q.code() == null ? "" : q.code().strip();
        if (!code.matches("[a-z0-9][a-z0-9-]{0,39}")) throw new Problems.InvalidInput("code", "requests.queue.code");
        if (store.queues().stream().anyMatch(x -> x.code().equals(code))) throw new Problems.Conflict("code", "requests.queue.taken", code);
        if (q.level() != 1 && q.level() != 2) throw new Problems.InvalidInput("level", "requests.queue.level");
        if (q.roleCode() != null && roles.roles().stream().noneMatch(r -> r.code().equals(q.roleCode()))) {
            throw new Problems.InvalidInput("roleCode", "requests.queue.role", q.roleCode());
        }
        Long escalation = q.escalatesTo() == null || q.escalatesTo().isBlank() ? null : queue(q.escalatesTo()).id();
        Set<String> taken = store.addresses();
        List<String> addresses = q.addresses() == null ? List.of() : q.addresses().stream()
                .map(a -> a.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        for (String a : addresses) {
            if (!a.matches("[^@\\s]+@[^@\\s]+") || a.length() > 320) throw new Problems.InvalidInput("addresses", "requests.form.email.invalid");
            if (taken.contains(a)) throw new Problems.Conflict("addresses", "requests.queue.addressTaken", a);
        }
        long id = store.insertQueue(code, q.nameFr(), q.nameEn(), q.roleCode(), q.firstResponseMinutes(), q.resolutionMinutes(),
                q.autoAck(), q.level(), escalation, "requests-" + code);
        for (String a : addresses) store.addAddress(id, a);
        return queue(id);
    }

    @Transactional
    public long addAutomation(String queueCode, String onEvent, String action, String keyword, Integer priority) {
        if (!List.of("CREATE", "REPLY", "STATUS").contains(onEvent)) throw new Problems.InvalidInput("onEvent", "requests.automation.event");
        if (!List.of("NOTIFY_OWNER", "NOTIFY_QUEUE", "SET_PRIORITY", "ASSIGN_ROLE").contains(action)) {
            throw new Problems.InvalidInput("action", "requests.automation.action");
        }
        if ("SET_PRIORITY".equals(action) && (keyword == null || keyword.isBlank() || priority == null || priority < 0 || priority > 99)) {
            throw new Problems.InvalidInput("keyword", "requests.automation.keyword");
        }
        return store.insertAutomation(queue(queueCode).id(), onEvent, action, keyword, priority);
    }

    @Transactional(readOnly = true)
    public List<Automation> automations(long queueId) {
        return store.automations(queueId);
    }

    private Ticket locked(long id) {
        Ticket t = store.lock(id).orElseThrow(() -> new Problems.NotFound("requests.ticket.unknown", id));
        if (t.mergedInto() != null) throw new Problems.Conflict("ticket", "requests.ticket.merged", t.mergedInto());
        return t;
    }

    private void statusChanged(Ticket before, Ticket after, String actor, Instant now) {
        if (before.status() == after.status()) return;
        store.record(after.id(), now, actor, "status", "status", before.status().name(), after.status().name());
        events.publishEvent(new TicketStatusChanged(after.id(), before.status().name(), after.status().name()));
    }

    /** Adds the words of a text to the ticket's search terms (public: seen by requesters). */
    private void index(long ticketId, boolean publicTerm, String text) {
        Set<String> terms = SearchTerms.of(text);
        terms.removeAll(store.terms(ticketId, publicTerm));
        store.addTerms(ticketId, publicTerm, terms);
    }

    // ------------------------------------------------------------------ automations

    /** Runs the queue's automations for an event; returns the ticket as they left it (already stored). */
    private Ticket automate(Ticket t, Queue queue, String event, String text, String actor, Instant now) {
        Ticket current = t;
        String folded = text == null ? "" : SearchTerms.fold(text);
        for (Automation a : store.automations(queue.id())) {
            if (!a.onEvent().equals(event)) continue;
            switch (a.action()) {
                case "SET_PRIORITY" -> {
                    if (a.keyword() != null && folded.contains(SearchTerms.fold(a.keyword())) && a.priority() != null
                            && current.priority() != a.priority()) {
                        int before = current.priority();
                        current = current.withPriority(a.priority(), now);
                        store.update(current);
                        store.record(t.id(), now, "automation " + a.id(), "priority", "priority", String.valueOf(before),
                                String.valueOf(a.priority()));
                    }
                }
                case "ASSIGN_ROLE" -> {
                    if (current.ownerId() == null && queue.roleCode() != null) {
                        List<Long> holders = roles.holderIds(queue.roleCode(), LocalDate.ofInstant(now, TimeConfig.ZONE));
                        if (!holders.isEmpty()) {
                            current = current.withOwner(holders.getFirst(), now);
                            store.update(current);
                            store.record(t.id(), now, "automation " + a.id(), "owner", "owner", null,
                                    String.valueOf(holders.getFirst()));
                        }
                    }
                }
                case "NOTIFY_OWNER", "NOTIFY_QUEUE" -> {
                    List<String> to = "NOTIFY_OWNER".equals(a.action())
                            ? (current.ownerId() == null ? List.of() : emails(List.of(current.ownerId())))
                            : queueEmails(queue, current, now);
                    to = to.stream().filter(x -> !x.equalsIgnoreCase(actor)).toList();
                    if (!to.isEmpty()) notifyStaff(current, queue, to, "requests.mail.notify." + event.toLowerCase(Locale.ROOT),
                            "ticket-notify:" + a.id() + ":" + t.id() + ":" + now.toEpochMilli());
                }
                default -> { }
            }
        }
        return current;
    }

    private List<String> emails(List<Long> personIds) {
        return members.persons(personIds).stream().map(PersonRef::email).filter(e -> e != null && !e.isBlank()).toList();
    }

    /** The queue's people: the holders of its role on that day, else the ticket's owner. */
    List<String> queueEmails(Queue queue, Ticket t, Instant now) {
        List<Long> ids = new ArrayList<>();
        if (queue.roleCode() != null) ids.addAll(roles.holderIds(queue.roleCode(), LocalDate.ofInstant(now, TimeConfig.ZONE)));
        if (t.ownerId() != null && !ids.contains(t.ownerId())) ids.add(t.ownerId());
        return emails(ids);
    }

    private void notifyStaff(Ticket t, Queue queue, List<String> to, String key, String correlation) {
        Locale fr = Locale.FRENCH;
        String subject = t.mailSubject();
        String text = msg(key, fr, "#" + t.id(), queue.nameFr(), t.subject(), settings.baseUrl() + "/requests/tickets/" + t.id());
        outbox.enqueue(new OutgoingMail(to, "fr", subject, text, null, null, List.of(), true, "requests.fourmiliere",
                null, correlation));
    }

    // ------------------------------------------------------------------ service targets

    /** The oldest tickets whose clock runs (the likeliest to be late), oldest first. */
    @Transactional(readOnly = true)
    public List<Ticket> oldestRunning(int limit) {
        return store.oldestRunning(limit);
    }

    /**
     * The tickets to announce now, for the job: their clock runs, and they are at risk or breached at a level not yet
     * announced (one read, judged in memory; only these are then locked and written one by one).
     */
    @Transactional(readOnly = true)
    public List<Long> running() {
        OfficeClock office = officeClock();
        Instant now = clock.instant();
        Map<Long, Queue> queues = new HashMap<>();
        store.queues().forEach(q -> queues.put(q.id(), q));
        List<Long> due = new ArrayList<>();
        for (Ticket t : store.running()) {
            Queue q = queues.get(t.queueId());
            SlaState s = t.sla(office, q.firstResponseMinutes(), q.resolutionMinutes(), now);
            if (s.late() && !s.name().equals(t.slaAnnounced())) due.add(t.id());
        }
        return due;
    }

    /** Announces a ticket newly at risk or breached to its queue, once per level; returns the level announced or null. */
    @Transactional
    public SlaState announce(long ticketId) {
        Ticket t = store.lock(ticketId).orElse(null);
        if (t == null || !t.status().clockRuns() || t.mergedInto() != null) return null;
        Queue q = queue(t.queueId());
        Instant now = clock.instant();
        SlaState s = t.sla(officeClock(), q.firstResponseMinutes(), q.resolutionMinutes(), now);
        if (!s.late() || s.name().equals(t.slaAnnounced())) return null;
        if (s == SlaState.AT_RISK && SlaState.BREACHED.name().equals(t.slaAnnounced())) return null;
        store.update(t.announced(s.name()));
        store.record(t.id(), now, "system", s == SlaState.BREACHED ? "breached" : "at-risk", null, null, null);
        List<String> to = queueEmails(q, t, now);
        if (!to.isEmpty()) {
            notifyStaff(t, q, to, s == SlaState.BREACHED ? "requests.mail.breached" : "requests.mail.atRisk",
                    "ticket-sla:" + t.id() + ":" + s.name() + ":" + now.toEpochMilli());
        } else {
            log.info("Ticket {} is {} and its queue {} has nobody to tell", t.id(), s, q.code());
        }
        return s;
    }

    /** Counts the failed deliveries of our mail to each requester over 30 days; flags those that keep bouncing. */
    @Transactional
    public int checkBounces() {
        Instant now = clock.instant();
        Map<String, String> sent = store.outgoingSince(now.minus(Duration.ofDays(30)));
        if (sent.isEmpty()) return 0;
        Map<String, Integer> failed = new HashMap<>();
        for (Delivery d : outbox.deliveries(sent.keySet()).values()) {
            Set<String> who = new LinkedHashSet<>();
            for (Delivery.Report r : d.reports()) {
                if ("failed".equalsIgnoreCase(r.action()) && r.recipient() != null) {
                    who.add(r.recipient().toLowerCase(Locale.ROOT).replaceFirst("^rfc822;\\s*", ""));
                }
            }
            who.forEach(a -> failed.merge(a, 1, Integer::sum));
        }
        int flagged = 0;
        for (var e : failed.entrySet()) {
            boolean flag = e.getValue() >= settings.bounceLimit();
            store.bounces(e.getKey(), e.getValue(), flag ? now : null);
            if (flag) flagged++;
        }
        return flagged;
    }

    @Transactional(readOnly = true)
    public Set<String> flagged(List<String> addresses) {
        return store.flagged(addresses);
    }

    // ------------------------------------------------------------------ portal links

    /**
     * The organisations an address represents in the registry: those whose representative is the registry's person
     * with that address (ADR 1007). Read at every request, so that a change of representative counts at once.
     */
    @Transactional(readOnly = true)
    public List<RepresentedOrganisation> represented(String address) {
        if (address == null || address.isBlank()) return List.of();
        return members.personByEmail(address.strip().toLowerCase(Locale.ROOT))
                .map(p -> members.representedBy(p.id())).orElse(List.of());
    }

    /** Who a portal session is: the address a link proved, with the addresses of the organisations it represents. */
    @Transactional(readOnly = true)
    public Viewer portalViewer(String address) {
        return Viewer.requester(address, null, represented(address).stream().map(RepresentedOrganisation::email).toList());
    }

    /**
     * Sends a sign-in link to an address that would see a ticket in the portal; says nothing either way (no probing).
     * Asks are counted per address and per client ({@link PortalThrottle}): past the limits, no link is sent, and the
     * answer is the same.
     */
    @Transactional
    public void sendPortalLink(String email, String language, String client) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty() || address.length() > 320 || !address.contains("@")) {
            throw new Problems.InvalidInput("email", "requests.form.email.invalid");
        }
        Instant now = clock.instant();
        if (!throttle.allows(address, client, now)) {
            log.info("Portal link for an address not sent: too many asks for it or from {}", client);
            return;
        }
        Viewer viewer = portalViewer(address);
        if (store.list(null, List.of(), null, false, address, null, viewer.organisations(), null, 1).isEmpty()) return;
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.insertLink(hash(token), address, now, now.plus(settings.portalLinkValidity()));
        String lang = "en".equals(language) ? "en" : "fr";
        String link = settings.baseUrl() + "/requests/portal/enter?token=" + token;
        outbox.enqueue(OutgoingMail.automatic(address, lang, msg("requests.mail.link.subject", Locale.forLanguageTag(lang)),
                msg("requests.mail.link.text", Locale.forLanguageTag(lang), link, settings.portalLinkValidity().toMinutes()),
                "portal-link:" + hash(token)));
    }

    /** Uses a sign-in link once; the address it was for, if it is valid. */
    @Transactional
    public Optional<String> usePortalLink(String token) {
        if (token == null || token.isBlank() || token.length() > 100) return Optional.empty();
        return store.useLink(hash(token), clock.instant());
    }

    static String hash(String token) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
