package org.fourmiliere.requests.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.fourmiliere.members.RepresentedOrganisation;
import org.fourmiliere.requests.internal.FormToken;
import org.fourmiliere.requests.internal.RequestService;
import org.fourmiliere.requests.internal.Ticket;
import org.fourmiliere.requests.internal.Viewer;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.fourmiliere.shared.web.Public;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What anyone reaches without an account: the public request form (a signed time token and a honeypot field keep
 * robots out, no third party) and the requester portal, entered with a single-use magic link sent by e-mail; a
 * requester sees and answers only the tickets they are a party of (another's: 404), never internal comments — and,
 * when the registry names them an organisation's representative, the tickets of which that organisation's address is
 * a party (ADR 1007). Link asks are throttled per address and per client, with the same answer (ADR 1005).
 */
@Controller
@Public
class RequestsPublicPages {

    /** The session attribute holding the address a magic link proved. */
    static final String PORTAL_ADDRESS = "requests.portal.address";

    private final RequestService service;
    private final RequestViews views;
    private final FormToken tokens;
    private final FormErrors formErrors;

    RequestsPublicPages(RequestService service, RequestViews views, FormToken tokens, FormErrors formErrors) {
        this.service = service;
        this.views = views;
        this.tokens = tokens;
        this.formErrors = formErrors;
    }

    @GetMapping("/requests/new")
    String form(Model model) {
        model.addAttribute("token", tokens.issue());
        model.addAttribute("address", service.queue("support").replyAddress());
        return "requests/form";
    }

    @PostMapping("/requests/new")
    String submit(@RequestParam(required = false) String name, @RequestParam(required = false) String email,
                  @RequestParam(required = false) String subject, @RequestParam(required = false) String text,
                  @RequestParam(required = false) String website, @RequestParam(required = false) String token,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("name", name);
        model.addAttribute("email", email);
        model.addAttribute("subject", subject);
        model.addAttribute("text", text);
        model.addAttribute("address", service.queue("support").replyAddress());
        if ((website != null && !website.isEmpty()) || !tokens.accepts(token)) {
            model.addAttribute("token", tokens.issue());
            model.addAttribute("error", formErrors.text(new Problems.InvalidInput("token", "requests.form.refused")));
            return "requests/form";
        }
        try {
            Ticket t = service.openFromForm(new RequestService.NewRequest(name, email, subject, text, "support",
                    LocaleContextHolder.getLocale().getLanguage()));
            formErrors.notice(redirect, "requests.form.sent", "#" + t.id());
            return "redirect:/requests/new";
        } catch (Problems.DomainException e) {
            model.addAttribute("token", tokens.issue());
            model.addAttribute("error", formErrors.text(e));
            model.addAttribute("field", e.field());
            return "requests/form";
        }
    }

    @GetMapping("/requests/portal")
    String portal(HttpSession session, Model model) {
        Optional<Viewer> viewer = viewer(session);
        if (viewer.isEmpty()) return "requests/portal-login";
        model.addAttribute("address", viewer.get().address());
        model.addAttribute("organisations", service.represented(viewer.get().address()).stream()
                .filter(o -> o.email() != null && !o.email().isBlank()).map(RepresentedOrganisation::name).toList());
        model.addAttribute("tickets", views.tickets(service.list(new RequestService.Filter(null, List.of(), null, false, 200), viewer.get())));
        return "requests/portal";
    }

    @PostMapping("/requests/portal")
    String sendLink(@RequestParam(required = false) String email, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            // the same answer whether the address has tickets or not, and whether the link was sent or held back
            service.sendPortalLink(email, LocaleContextHolder.getLocale().getLanguage(), request.getRemoteAddr());
            formErrors.notice(redirect, "requests.portal.sent");
        } catch (Problems.DomainException e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/requests/portal";
    }

    @GetMapping("/requests/portal/enter")
    String enter(@RequestParam(required = false) String token, HttpSession session, RedirectAttributes redirect) {
        Optional<String> address = service.usePortalLink(token);
        if (address.isEmpty()) {
            formErrors.flash(redirect, new Problems.InvalidInput("token", "requests.portal.invalid"));
            return "redirect:/requests/portal";
        }
        session.setAttribute(PORTAL_ADDRESS, address.get());
        return "redirect:/requests/portal";
    }

    @PostMapping("/requests/portal/signout")
    String signOut(HttpSession session) {
        session.removeAttribute(PORTAL_ADDRESS);
        return "redirect:/requests/portal";
    }

    @GetMapping("/requests/portal/tickets/{id}")
    String ticket(@PathVariable long id, HttpSession session, Model model) {
        Viewer viewer = viewer(session).orElseThrow(() -> new Problems.NotFound("requests.ticket.unknown", id));
        var detail = views.detail(id, viewer);
        model.addAttribute("detail", detail);
        model.addAttribute("t", detail.ticket());
        return "requests/portal-ticket";
    }

    @PostMapping("/requests/portal/tickets/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(required = false) String text, HttpSession session, RedirectAttributes redirect) {
        Viewer viewer = viewer(session).orElseThrow(() -> new Problems.NotFound("requests.ticket.unknown", id));
        try {
            service.replyFromPortal(id, viewer, text);
            formErrors.notice(redirect, "requests.done");
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/requests/portal/tickets/" + id;
    }

    @PostMapping("/requests/portal/tickets/{id}/resolve")
    String resolve(@PathVariable long id, HttpSession session, RedirectAttributes redirect) {
        Viewer viewer = viewer(session).orElseThrow(() -> new Problems.NotFound("requests.ticket.unknown", id));
        try {
            service.resolveFromPortal(id, viewer);
            formErrors.notice(redirect, "requests.done");
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/requests/portal/tickets/" + id;
    }

    @GetMapping("/requests/portal/attachments/{id}")
    org.springframework.http.ResponseEntity<byte[]> attachment(@PathVariable long id, HttpSession session) {
        Viewer viewer = viewer(session).orElseThrow(() -> new Problems.NotFound("requests.attachment.unknown", id));
        return RequestsPages.download(service.attachment(id, viewer));
    }

    /** The portal's viewer: the address a link proved, and the organisations it represents in the registry today. */
    private Optional<Viewer> viewer(HttpSession session) {
        Object address = session.getAttribute(PORTAL_ADDRESS);
        return address instanceof String a ? Optional.of(service.portalViewer(a)) : Optional.empty();
    }
}
