package org.fourmiliere.mail.web;

import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.mail.internal.MailStatus;
import org.fourmiliere.mail.internal.OutboxService;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox as the administrator sees it: whether mail is configured, counts, failed messages to send again; and
 * in the header of every page, a word to administrators when mail is not configured.
 */
@Allowed(Permission.ADMINISTER)
@Controller
class MailPages {

    private final OutboxService outbox;
    private final FormErrors formErrors;

    MailPages(OutboxService outbox, FormErrors formErrors) {
        this.outbox = outbox;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/mail")
    String mail(Model model) {
        var counts = outbox.counts();
        model.addAttribute("configured", outbox.configured());
        model.addAttribute("queued", counts.get(MailStatus.QUEUED));
        model.addAttribute("sent", counts.get(MailStatus.SENT));
        model.addAttribute("logged", counts.get(MailStatus.LOGGED));
        model.addAttribute("failedCount", counts.get(MailStatus.FAILED));
        model.addAttribute("failed", outbox.failed(200));
        return "mail/admin";
    }

    /** The header's word to administrators: mail is not configured (nothing when it is). */
    @GetMapping("/admin/mail/widget")
    String widget(Model model) {
        model.addAttribute("configured", outbox.configured());
        return "mail/widget :: widget";
    }

    @PostMapping("/admin/mail/{id}/send-again")
    String sendAgain(@PathVariable long id, RedirectAttributes redirect) {
        try {
            outbox.sendAgain(id);
            formErrors.notice(redirect, "mail.sendAgain.done");
        } catch (Problems.DomainException e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/admin/mail";
    }
}
