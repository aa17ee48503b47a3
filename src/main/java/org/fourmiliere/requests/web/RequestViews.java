package org.fourmiliere.requests.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.requests.internal.OfficeClock;
import org.fourmiliere.requests.internal.Party;
import org.fourmiliere.requests.internal.Queue;
import org.fourmiliere.requests.internal.QueueField;
import org.fourmiliere.requests.internal.RequestService;
import org.fourmiliere.requests.internal.SavedSearch;
import org.fourmiliere.requests.internal.Ticket;
import org.fourmiliere.requests.internal.TicketFieldValue;
import org.fourmiliere.requests.internal.TicketMessage;
import org.fourmiliere.requests.internal.TicketTransaction;
import org.fourmiliere.requests.internal.Viewer;
import org.fourmiliere.shared.TimeConfig;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** View records of requests for the JSON and the templates. */
@Component
class RequestViews {

    record QueueView(long id, String code, String nameFr, String nameEn, List<String> addresses, String roleCode,
                     Integer firstResponseMinutes, Integer resolutionMinutes, boolean autoAck, int level,
                     String escalatesTo) {
        public String name(String language) {
            return "en".equals(language) ? nameEn : nameFr;
        }
    }

    record PartyView(String address, String role, Long personId, String name, boolean flagged) {}

    record TicketView(long id, String number, String subject, String queue, String queueNameFr, String queueNameEn,
                      String status, int priority, Long ownerId, String ownerName, List<PartyView> requesters,
                      List<PartyView> cc, Instant createdAt, Instant updatedAt, String sla, Instant firstResponseDue,
                      Instant resolutionDue, Long mergedInto, LocalDate dueOn, List<String> tags, boolean pastDue) {
        public String queueName(String language) {
            return "en".equals(language) ? queueNameEn : queueNameFr;
        }

        public boolean late() {
            return "AT_RISK".equals(sla) || "BREACHED".equals(sla);
        }
    }

    /** A message; {@code html} is safe to show (rendered Markdown, or a received mail's sanitised HTML part). */
    record MessageView(long id, String kind, boolean internal, Long authorId, String author, String text, String html,
                       Integer minutesWorked, Instant at, List<AttachmentView> attachments, boolean fromMail) {}

    record AttachmentView(long id, String filename, String contentType, long size) {}

    record LinkView(String kind, long otherId) {}

    record HistoryView(Instant at, String actor, String action, String field, String before, String after) {}

    /**
     * The ticket with its conversation; for workers, its custom fields (those of its queue, then the values kept from
     * other queues it was in: {@code inQueue} false) and its history.
     */
    record TicketDetail(TicketView ticket, List<MessageView> messages, List<LinkView> links, List<HistoryView> history,
                        List<FieldValueView> fields) {}

    /** A custom field of a queue. */
    record FieldView(long id, String queue, String code, String labelFr, String labelEn, String kind, List<String> choices,
                     boolean required) {
        public String label(String language) {
            return "en".equals(language) ? labelEn : labelFr;
        }
    }

    /**
     * A ticket's value of a custom field ({@code null}: none); {@code queue} is the queue that defines the field, and
     * {@code inQueue} false when it is not the ticket's queue now (the value is kept from before a move).
     */
    record FieldValueView(String code, String labelFr, String labelEn, String kind, List<String> choices, boolean required,
                          String value, boolean inQueue, String queue) {
        public String label(String language) {
            return "en".equals(language) ? labelEn : labelFr;
        }
    }

    /**
     * A saved search; {@code queue} null for the search page's words; {@code mine} when the reader owns it (and may
     * delete it); {@code owner} the name of whoever shared another's; {@code link} the page it opens, its values encoded.
     */
    record SavedSearchView(long id, String name, String queue, String q, String status, String tag, boolean unowned, boolean shared,
                           boolean mine, String owner, String link) {}

    private final RequestService service;
    private final MemberDirectory members;

    RequestViews(RequestService service, MemberDirectory members) {
        this.service = service;
        this.members = members;
    }

    /** The viewer of the current request: staff with HANDLE_REQUESTS, else a requester by their account's address. */
    static Viewer viewer() {
        SignedIn me = SignedIn.require();
        return me.has(Permission.HANDLE_REQUESTS) ? Viewer.staff(me.personId()) : Viewer.requester(me.email(), me.personId());
    }

    List<QueueView> queues() {
        return queues(service.queues());
    }

    List<QueueView> queues(List<Queue> all) {
        Map<Long, String> codes = all.stream().collect(Collectors.toMap(Queue::id, Queue::code));
        return all.stream().map(q -> new QueueView(q.id(), q.code(), q.nameFr(), q.nameEn(), q.addresses(), q.roleCode(),
                q.firstResponseMinutes(), q.resolutionMinutes(), q.autoAck(), q.level(),
                q.escalationQueueId() == null ? null : codes.get(q.escalationQueueId()))).toList();
    }

    List<TicketView> tickets(List<Ticket> tickets) {
        return tickets.isEmpty() ? List.of() : tickets(tickets, service.queues());
    }

    /** The rows of a list, with the queues the page has already read. */
    List<TicketView> tickets(List<Ticket> tickets, List<Queue> all) {
        if (tickets.isEmpty()) return List.of();
        Map<Long, Queue> queues = all.stream().collect(Collectors.toMap(Queue::id, Function.identity()));
        Map<Long, List<Party>> parties = service.parties(tickets.stream().map(Ticket::id).toList());
        Set<Long> people = new HashSet<>();
        tickets.forEach(t -> { if (t.ownerId() != null) people.add(t.ownerId()); });
        Map<Long, String> names = members.persons(people).stream().collect(Collectors.toMap(PersonRef::id, PersonRef::name));
        Set<String> addresses = new HashSet<>();
        parties.values().forEach(l -> l.forEach(p -> addresses.add(p.address())));
        Set<String> flagged = service.flagged(List.copyOf(addresses));
        OfficeClock clock = service.officeClock();
        Instant now = service.now();
        LocalDate today = LocalDate.ofInstant(now, TimeConfig.ZONE);
        return tickets.stream().map(t -> {
            Queue q = queues.get(t.queueId());
            List<Party> ps = parties.getOrDefault(t.id(), List.of());
            List<PartyView> req = ps.stream().filter(p -> "REQUESTER".equals(p.role()))
                    .map(p -> new PartyView(p.address(), p.role(), p.personId(), p.name(), flagged.contains(p.address()))).toList();
            List<PartyView> cc = ps.stream().filter(p -> "CC".equals(p.role()))
                    .map(p -> new PartyView(p.address(), p.role(), p.personId(), p.name(), flagged.contains(p.address()))).toList();
            return new TicketView(t.id(), "#" + t.id(), t.subject(), q.code(), q.nameFr(), q.nameEn(), t.status().name(),
                    t.priority(), t.ownerId(), t.ownerId() == null ? null : names.get(t.ownerId()), req, cc, t.createdAt(),
                    t.updatedAt(), t.sla(clock, q.firstResponseMinutes(), q.resolutionMinutes(), now).name(),
                    t.firstResponseAt() == null ? t.deadline(clock, q.firstResponseMinutes(), false) : null,
                    t.deadline(clock, q.resolutionMinutes(), false), t.mergedInto(), t.dueOn(), t.tagList(), t.pastDue(today));
        }).toList();
    }

    TicketView ticket(Ticket t) {
        return tickets(List.of(t)).getFirst();
    }

    TicketDetail detail(long id, Viewer viewer) {
        Ticket t = service.ticket(id, viewer);
        List<TicketMessage> messages = service.messages(t.id(), viewer);
        Set<Long> authors = new HashSet<>();
        messages.forEach(m -> { if (m.authorId() != null) authors.add(m.authorId()); });
        Map<Long, String> names = members.persons(authors).stream().collect(Collectors.toMap(PersonRef::id, PersonRef::name));
        Map<Long, List<AttachmentView>> files = service.attachments(t.id(), viewer).stream().collect(Collectors.groupingBy(
                a -> a.messageId(), Collectors.mapping(a -> new AttachmentView(a.id(), a.filename(), a.contentType(), a.size()),
                        Collectors.toList())));
        List<MessageView> mv = messages.stream().map(m -> new MessageView(m.id(), m.kind(), m.internal(), m.authorId(),
                m.authorId() != null && names.containsKey(m.authorId()) ? names.get(m.authorId()) : m.fromAddress(),
                m.bodyText(), m.bodyHtml(), m.minutesWorked(), m.createdAt(), files.getOrDefault(m.id(), List.of()),
                m.inboundId() != null)).toList();
        List<HistoryView> history = viewer.staff() ? service.history(t.id()).stream().map(RequestViews::history).toList() : List.of();
        List<LinkView> links = service.links(t.id()).stream().map(l -> new LinkView(l.kind(), l.otherId())).toList();
        List<FieldValueView> fields = viewer.staff() ? fieldValues(t) : List.of();
        return new TicketDetail(ticket(t), mv, links, history, fields);
    }

    private List<FieldValueView> fieldValues(Ticket t) {
        List<TicketFieldValue> values = service.fieldValues(t);
        if (values.isEmpty()) return List.of();
        Map<Long, String> codes = service.queues().stream().collect(Collectors.toMap(Queue::id, Queue::code));
        return values.stream().map(v -> new FieldValueView(v.field().code(), v.field().labelFr(), v.field().labelEn(),
                v.field().kind().name(), v.field().choices(), v.field().required(), v.value(), v.inQueue(),
                codes.get(v.field().queueId()))).toList();
    }

    List<FieldView> fields(String queueCode) {
        return service.fields(queueCode).stream().map(f -> field(f, queueCode)).toList();
    }

    static FieldView field(QueueField f, String queueCode) {
        return new FieldView(f.id(), queueCode, f.code(), f.labelFr(), f.labelEn(), f.kind().name(), f.choices(), f.required());
    }

    /** The saved searches as a reader sees them, with the names of those who shared others' (one call for all). */
    List<SavedSearchView> savedSearches(List<SavedSearch> searches, long accountId) {
        Set<Long> owners = new HashSet<>();
        searches.forEach(x -> { if (!x.ownedBy(accountId) && x.personId() != null) owners.add(x.personId()); });
        Map<Long, String> names = owners.isEmpty() ? Map.of()
                : members.persons(owners).stream().collect(Collectors.toMap(PersonRef::id, PersonRef::name));
        return searches.stream().map(x -> new SavedSearchView(x.id(), x.name(), x.queueCode(), x.query(), x.status(),
                x.tag(), x.unowned(), x.shared(), x.ownedBy(accountId),
                x.ownedBy(accountId) || x.personId() == null ? null : names.get(x.personId()), link(x))).toList();
    }

    /** The page a saved search opens: the queue's page with its filters, or the search page with its words. */
    static String link(SavedSearch x) {
        Map<String, Object> values = new java.util.HashMap<>();
        UriComponentsBuilder b;
        if (x.queueCode() == null) {
            b = UriComponentsBuilder.fromPath("/requests/search");
        } else {
            b = UriComponentsBuilder.fromPath("/requests/queues/{code}");
            values.put("code", x.queueCode());
            if (x.status() != null) { b.queryParam("status", "{status}"); values.put("status", x.status()); }
            if (x.tag() != null) { b.queryParam("tag", "{tag}"); values.put("tag", x.tag()); }
        }
        if (x.query() != null) { b.queryParam("q", "{q}"); values.put("q", x.query()); }
        if (x.unowned()) b.queryParam("unowned", "true");
        return b.encode().buildAndExpand(values).toUriString();
    }

    private static HistoryView history(TicketTransaction x) {
        return new HistoryView(x.at(), x.actor(), x.action(), x.field(), x.before(), x.after());
    }
}
