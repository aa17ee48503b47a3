package org.fourmiliere.mail.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.mail.internal.InboundParser;
import org.fourmiliere.mail.internal.InboundRow;
import org.fourmiliere.mail.internal.InboundService;
import org.fourmiliere.mail.internal.InboundStatus;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inbound mail for the work committee: the "to look at" list (what no module could take), every message received
 * with a filter by status, and one message with its headers, text, routing, outcome, delivery reports and raw source;
 * a message of the list can be marked looked at, or processed again.
 */
@Allowed(Permission.VOTE_WORK_COMMITTEE)
@Controller
class InboundPages {

    private static final int SHOWN = 200;
    private static final int RAW_SHOWN = 200_000;

    private final InboundService inbound;
    private final FormErrors formErrors;

    InboundPages(InboundService inbound, FormErrors formErrors) {
        this.inbound = inbound;
        this.formErrors = formErrors;
    }

    @GetMapping("/mail/to-look-at")
    String toLookAt(Model model) {
        model.addAttribute("messages", inbound.list(InboundStatus.TO_LOOK_AT, SHOWN));
        model.addAttribute("toLookAt", true);
        model.addAttribute("status", InboundStatus.TO_LOOK_AT.name());
        model.addAttribute("statuses", InboundStatus.values());
        model.addAttribute("counts", inbound.counts());
        return "mail/inbound-list";
    }

    @GetMapping("/mail/inbound")
    String list(@RequestParam(name = "status", required = false) String status, Model model) {
        InboundStatus s = Arrays.stream(InboundStatus.values()).filter(v -> v.name().equalsIgnoreCase(status)).findFirst().orElse(null);
        model.addAttribute("messages", inbound.list(s, SHOWN));
        model.addAttribute("toLookAt", false);
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("statuses", InboundStatus.values());
        model.addAttribute("counts", inbound.counts());
        return "mail/inbound-list";
    }

    @GetMapping("/mail/inbound/{id}")
    String message(@PathVariable long id, Model model) {
        InboundRow row = inbound.find(id).orElseThrow(() -> new Problems.NotFound("mail.inbound.notFound"));
        byte[] raw = inbound.raw(id).orElse(new byte[0]);
        String source = new String(raw, 0, Math.min(raw.length, RAW_SHOWN), StandardCharsets.UTF_8);
        int headerEnd = source.replace("\r\n", "\n").indexOf("\n\n");
        String normalized = source.replace("\r\n", "\n");
        model.addAttribute("m", row);
        model.addAttribute("parsed", InboundParser.parse(raw, row.envelopeRecipient()));
        model.addAttribute("headers", headerEnd < 0 ? normalized : normalized.substring(0, headerEnd));
        model.addAttribute("raw", source);
        model.addAttribute("rawCut", raw.length > RAW_SHOWN);
        model.addAttribute("reports", inbound.reportsOf(id));
        model.addAttribute("history", inbound.history(id));
        return "mail/inbound";
    }

    @PostMapping("/mail/inbound/{id}/looked-at")
    String lookedAt(@PathVariable long id, RedirectAttributes redirect) {
        try {
            inbound.lookedAt(id);
            formErrors.notice(redirect, "mail.inbound.lookedAt.done");
        } catch (Problems.DomainException e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/mail/inbound/" + id;
    }

    @PostMapping("/mail/inbound/{id}/process-again")
    String processAgain(@PathVariable long id, RedirectAttributes redirect) {
        try {
            inbound.processAgain(id);
            formErrors.notice(redirect, "mail.inbound.processAgain.done");
        } catch (Problems.DomainException e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/mail/inbound/" + id;
    }
}
