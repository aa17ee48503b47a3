package org.fourmiliere.requests.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.requests.internal.AttachmentContent;
import org.fourmiliere.requests.internal.RequestService;
import org.fourmiliere.requests.internal.SavedSearches;
import org.fourmiliere.requests.internal.Ticket;
import org.fourmiliere.requests.internal.TicketStatus;
import org.fourmiliere.requests.internal.Viewer;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workers' pages: my tickets / unowned / overdue (late on a service target or past the due date), a queue's list
 * with filters (status, words, tag) and search, a ticket with its conversation, reply and comment forms (Markdown, an
 * attachment, time worked) and its actions: owner, status, queue, priority, merge, due date, tags, links and the
 * queue's custom fields — plain forms, each redirecting back to the ticket. Saved searches are listed on the first
 * three ({@link SavedSearchPages} saves and deletes them).
 */
@Controller
@Allowed(Permission.HANDLE_REQUESTS)
class RequestsPages {

    private final RequestService service;
    private final RequestViews views;
    private final MemberDirectory members;
    private final FormErrors formErrors;
    private final SavedSearches searches;

    RequestsPages(RequestService service, RequestViews views, MemberDirectory members, FormErrors formErrors,
                  SavedSearches searches) {
        this.service = service;
        this.views = views;
        this.members = members;
        this.formErrors = formErrors;
        this.searches = searches;
    }

    /** The reader's saved searches and those shared, for one queue's page, the search page ({@code ""}) or all (null). */
    private List<RequestViews.SavedSearchView> saved(String queueCode) {
        long me = SignedIn.require().accountId();
        return views.savedSearches(searches.visibleTo(me), me).stream()
                .filter(x -> queueCode == null || queueCode.equals(x.queue() == null ? "" : x.queue())).toList();
    }

    @GetMapping("/requests")
    String home(Model model) {
        SignedIn me = SignedIn.require();
        Viewer viewer = RequestViews.viewer();
        List<TicketStatus> active = List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.WAITING);
        List<Ticket> mine = me.personId() == null ? List.of()
                : service.list(new RequestService.Filter(null, active, me.personId(), false, 50), viewer);
        List<Ticket> unowned = service.list(new RequestService.Filter(null, List.of(TicketStatus.NEW, TicketStatus.OPEN), null, true, 50), viewer);
        // the oldest running tickets are the ones at risk or breached: the 50 oldest that are; then those past their
        // due date, the longest overdue first
        var running = views.tickets(service.oldestRunning(200));
        List<RequestViews.TicketView> overdue = new ArrayList<>(running.stream().filter(RequestViews.TicketView::late).limit(50).toList());
        Set<Long> shown = new HashSet<>();
        overdue.forEach(t -> shown.add(t.id()));
        for (var t : views.tickets(service.pastDue(50))) {
            if (overdue.size() >= 100) break;
            if (shown.add(t.id())) overdue.add(t);
        }
        model.addAttribute("mine", views.tickets(mine));
        model.addAttribute("unowned", views.tickets(unowned));
        model.addAttribute("overdue", overdue);
        model.addAttribute("queues", views.queues());
        model.addAttribute("saved", saved(null));
        return "requests/home";
    }

    @GetMapping("/requests/queues/{code}")
    String queue(@PathVariable String code, @RequestParam(required = false) String status,
                 @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean unowned,
                 @RequestParam(required = false) String tag, Model model) {
        // the queues are read once for the page: the filter, the heading and the rows
        List<org.fourmiliere.requests.internal.Queue> all = service.queues();
        var queue = all.stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> new Problems.NotFound("requests.queue.unknown", code));
        List<TicketStatus> statuses = status == null || status.isBlank() ? List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.WAITING)
                : "ALL".equals(status) ? List.of() : TicketStatus.parse(status).map(List::of).orElse(List.of());
        String oneTag;
        try {
            oneTag = Ticket.normalTag(tag);
        } catch (Problems.InvalidInput e) {
            formErrors.show(model, e);
            oneTag = null;
        }
        var filter = new RequestService.Filter(queue.id(), statuses, null, unowned, 50, oneTag);
        List<Ticket> found = q == null || q.isBlank() ? service.list(filter, RequestViews.viewer())
                : service.search(q, filter, RequestViews.viewer());
        model.addAttribute("queue", views.queues(all).stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow());
        model.addAttribute("tickets", views.tickets(found, all));
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("unowned", unowned);
        model.addAttribute("tag", oneTag == null ? "" : oneTag);
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("saved", saved(code));
        return "requests/queue";
    }

    @GetMapping("/requests/search")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("tickets", q == null || q.isBlank() ? List.of()
                : views.tickets(service.search(q, new RequestService.Filter(null, List.of(), null, false, 200), RequestViews.viewer())));
        model.addAttribute("saved", saved(""));
        return "requests/search";
    }

    @GetMapping("/requests/tickets/{id}")
    String ticket(@PathVariable long id, Model model) {
        var detail = views.detail(id, RequestViews.viewer());
        if (detail.ticket().id() != id) return "redirect:/requests/tickets/" + detail.ticket().id();
        model.addAttribute("detail", detail);
        model.addAttribute("t", detail.ticket());
        model.addAttribute("queues", views.queues());
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("workers", members.workers(java.time.LocalDate.ofInstant(service.now(), org.fourmiliere.shared.TimeConfig.ZONE)));
        model.addAttribute("me", SignedIn.require().personId());
        return "requests/ticket";
    }

    @PostMapping("/requests/tickets/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(required = false) String text, @RequestParam(required = false) Integer minutes,
                 @RequestParam(required = false) String status, @RequestParam(defaultValue = "false") boolean comment,
                 @RequestParam(required = false) MultipartFile attachment, RedirectAttributes redirect) throws IOException {
        SignedIn me = SignedIn.require();
        try {
            if (me.personId() == null) throw new Problems.Conflict("person", "requests.reply.noPerson");
            TicketStatus after = status == null || status.isBlank() ? null : TicketStatus.parse(status)
                    .orElseThrow(() -> new Problems.InvalidInput("status", "requests.status.invalid"));
            if (minutes != null && (minutes <= 0 || minutes > 1440)) throw new Problems.InvalidInput("minutes", "requests.reply.minutes.invalid");
            if (attachment != null && attachment.getSize() > service.settings().attachmentMaxBytes()) {
                throw new Problems.InvalidInput("attachment", "requests.attachment.tooLarge", service.settings().attachmentMaxBytes());
            }
            // the file is written with the reply, in its transaction, and sent with it
            var file = attachment == null || attachment.isEmpty() ? null
                    : new RequestService.File(attachment.getOriginalFilename(), attachment.getContentType(), attachment.getBytes());
            var r = new RequestService.Reply(text, minutes, after, file);
            if (comment) service.comment(id, me.personId(), me.email(), r);
            else service.reply(id, me.personId(), me.email(), r);
            formErrors.notice(redirect, "requests.done");
        } catch (Problems.DomainException e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/requests/tickets/" + id;
    }

    @PostMapping("/requests/tickets/{id}/owner")
    String owner(@PathVariable long id, @RequestParam(required = false) Long ownerId, RedirectAttributes redirect) {
        return act(id, redirect, () -> service.setOwner(id, ownerId, SignedIn.require().email()));
    }

    @PostMapping("/requests/tickets/{id}/take")
    String take(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            Long me = SignedIn.require().personId();
            if (me == null) throw new Problems.Conflict("person", "requests.reply.noPerson");
            service.setOwner(id, me, SignedIn.require().email());
        });
    }

    @PostMapping("/requests/tickets/{id}/status")
    String status(@PathVariable long id, @RequestParam(required = false) String status, RedirectAttributes redirect) {
        return act(id, redirect, () -> service.setStatus(id, TicketStatus.parse(status)
                .orElseThrow(() -> new Problems.InvalidInput("status", "requests.status.invalid")), SignedIn.require().email()));
    }

    @PostMapping("/requests/tickets/{id}/priority")
    String priority(@PathVariable long id, @RequestParam(required = false) Integer priority, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            if (priority == null) throw new Problems.InvalidInput("priority", "requests.priority.invalid");
            service.setPriority(id, priority, SignedIn.require().email());
        });
    }

    @PostMapping("/requests/tickets/{id}/queue")
    String queue(@PathVariable long id, @RequestParam(required = false) String queue, RedirectAttributes redirect) {
        return act(id, redirect, () -> service.move(id, queue, SignedIn.require().email()));
    }

    @PostMapping("/requests/tickets/{id}/due-date")
    String dueDate(@PathVariable long id, @RequestParam(required = false) String dueOn, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            LocalDate due;
            try {
                due = dueOn == null || dueOn.isBlank() ? null : LocalDate.parse(dueOn.strip());
            } catch (DateTimeParseException e) {
                throw new Problems.InvalidInput("dueOn", "requests.dueOn.invalid");
            }
            service.setDueDate(id, due, SignedIn.require().email());
        });
    }

    /** The tags as one text, separated by commas or spaces. */
    @PostMapping("/requests/tickets/{id}/tags")
    String tags(@PathVariable long id, @RequestParam(required = false) String tags, RedirectAttributes redirect) {
        return act(id, redirect, () -> service.setTags(id,
                tags == null || tags.isBlank() ? List.of() : List.of(tags.strip().split("[,;\\s]+")), SignedIn.require().email()));
    }

    @PostMapping("/requests/tickets/{id}/links")
    String link(@PathVariable long id, @RequestParam(required = false) String kind, @RequestParam(required = false) String otherId,
                RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            long other;
            try {
                other = Long.parseLong(otherId == null ? "" : otherId.strip().replaceFirst("^#", ""));
            } catch (NumberFormatException e) {
                throw new Problems.InvalidInput("otherId", "requests.link.other");
            }
            service.link(id, kind == null ? "" : kind, other, SignedIn.require().email());
        });
    }

    /** The custom fields of the ticket's queue, each posted as {@code field.<code>}; an empty one removes the value. */
    @PostMapping("/requests/tickets/{id}/fields")
    String fields(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((k, v) -> { if (k.startsWith(FIELD_PREFIX)) values.put(k.substring(FIELD_PREFIX.length()), v); });
        return act(id, redirect, () -> service.setFields(id, values, SignedIn.require().email()));
    }

    static final String FIELD_PREFIX = "field.";

    @PostMapping("/requests/tickets/{id}/merge")
    String merge(@PathVariable long id, @RequestParam(required = false) Long into, RedirectAttributes redirect) {
        try {
            if (into == null) throw new Problems.InvalidInput("into", "requests.ticket.unknown", "");
            service.merge(id, into, SignedIn.require().email());
            formErrors.notice(redirect, "requests.done");
            return "redirect:/requests/tickets/" + into;
        } catch (Problems.DomainException e) {
            formErrors.flash(redirect, e);
            return "redirect:/requests/tickets/" + id;
        }
    }

    @GetMapping("/requests/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        return download(service.attachment(id, RequestViews.viewer()));
    }

    static ResponseEntity<byte[]> download(AttachmentContent a) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(a.filename(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(a.content());
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            formErrors.notice(redirect, "requests.done");
        } catch (Problems.DomainException e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/requests/tickets/" + id;
    }
}
