package org.fourmiliere.governance.web.quick;

import jakarta.validation.Valid;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.governance.internal.quick.QuickDecision;
import org.fourmiliere.governance.internal.quick.QuickDecisionService;
import org.fourmiliere.governance.web.quick.QuickDecisionViews.AnswerForm;
import org.fourmiliere.governance.web.quick.QuickDecisionViews.ProposeForm;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of quick decisions: the open ones with the time left and the history; one proposal and its trail. */
@Allowed(Permission.TAKE_PART)
@Controller
class QuickDecisionsPages {

    static final String FORM = "proposal";
    private static final int HISTORY = 50;

    private final QuickDecisionService service;
    private final QuickDecisionViews views;
    private final FormErrors formErrors;

    QuickDecisionsPages(QuickDecisionService service, QuickDecisionViews views, FormErrors formErrors) {
        this.service = service;
        this.views = views;
        this.formErrors = formErrors;
    }

    @GetMapping("/quick-decisions")
    String list(Model model) {
        model.addAttribute(FORM, new ProposeForm(null, null, null));
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("open", views.list(service.open()));
        model.addAttribute("closed", views.list(service.closed(HISTORY)));
        model.addAttribute("cap", service.settings().cap());
        model.addAttribute("address", service.settings().address());
        return "meetings/quick-decisions";
    }

    @Allowed(Permission.VOTE_WORK_COMMITTEE)
    @PostMapping("/quick-decisions")
    String propose(@Valid @ModelAttribute(FORM) ProposeForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        if (errors.hasErrors()) return page(model);
        QuickDecision q;
        try {
            q = service.propose(new QuickDecisionService.Proposal(QuickDecisionViews.me(), form.title(), form.text(),
                    form.money(), service.clock().instant(), QuickDecision.Via.WEB, null, null));
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            FormErrors.reject(errors, e);
            return page(model);
        }
        formErrors.notice(redirect, "quick.proposed");
        return "redirect:/quick-decisions/" + q.id();
    }

    @GetMapping("/quick-decisions/{id}")
    String proposal(@PathVariable long id, Model model) {
        var view = views.detail(id);
        model.addAttribute("q", view);
        Long me = SignedIn.current().map(SignedIn::personId).orElse(null);
        model.addAttribute("mayAnswer", view.status() == QuickDecision.Status.OPEN && me != null
                && SignedIn.current().map(s -> s.has(Permission.VOTE_WORK_COMMITTEE)).orElse(false));
        return "meetings/quick-decision";
    }

    @Allowed(Permission.VOTE_WORK_COMMITTEE)
    @PostMapping("/quick-decisions/{id}/answers")
    String answer(@PathVariable long id, @Valid @ModelAttribute AnswerForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            formErrors.flash(redirect, new Problems.InvalidInput("answer", "quick.answer.invalid"));
            return "redirect:/quick-decisions/" + id;
        }
        try {
            service.answer(id, QuickDecisionViews.me(), form.answer(), form.reason(), service.clock().instant(),
                    QuickDecision.Via.WEB, null);
            formErrors.notice(redirect, "quick.answered." + form.answer());
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/quick-decisions/" + id;
    }
}
