package org.fourmiliere.governance.web.meetings;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.governance.internal.eligibility.EligibilityCommands.GrantException;
import org.fourmiliere.governance.internal.eligibility.EligibilityService;
import org.fourmiliere.governance.internal.eligibility.EligibilitySettings;
import org.fourmiliere.governance.internal.eligibility.EligibilityStatus;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.fourmiliere.shared.web.AnySignedIn;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of eligibility: the latest verification with every reason, a person's history, the work committee's acts. */
@Allowed(Permission.TAKE_PART)
@Controller
class EligibilityPages {

    private final EligibilityService eligibility;
    private final AuditTrail audit;
    private final PageSupport support;
    private final FormErrors formErrors;

    EligibilityPages(EligibilityService eligibility, AuditTrail audit, PageSupport support, FormErrors formErrors) {
        this.eligibility = eligibility;
        this.audit = audit;
        this.support = support;
        this.formErrors = formErrors;
    }

    @GetMapping("/eligibility")
    String overview(@RequestParam(required = false) Long verification, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                    @RequestParam(defaultValue = "false") boolean all, Model model) {
        List<EligibilityService.Verification> runs = eligibility.verifications(24);
        model.addAttribute("verifications", runs);
        model.addAttribute("today", LocalDate.now(eligibility.clock()));
        if (!model.containsAttribute("settings")) model.addAttribute("settings", eligibility.settings());
        // by default: who holds or held the membership, and every change; "all" lists every person looked at
        List<EligibilityService.Result> results = null;
        if (at != null) {
            var c = eligibility.compute(at);
            model.addAttribute("preview", c);
            results = all ? c.results() : c.results().stream().filter(EligibilityService.Result::notable).toList();
        } else {
            Optional<EligibilityService.Verification> shown = verification != null ? eligibility.verification(verification)
                    : runs.stream().findFirst();
            if (shown.isPresent()) {
                model.addAttribute("shown", shown.get());
                results = eligibility.results(shown.get().id(), !all);
            }
        }
        if (results != null) model.addAttribute("results", results);
        model.addAttribute("all", all);
        model.addAttribute("names", support.names(results == null ? List.of()
                : results.stream().map(EligibilityService.Result::personId).collect(Collectors.toSet())));
        return "meetings/eligibility";
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/eligibility/verifications")
    String run(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, RedirectAttributes ra) {
        var v = eligibility.verify(asOf == null ? LocalDate.now(eligibility.clock()) : asOf, EligibilityService.Trigger.ON_DEMAND);
        formErrors.notice(ra, "eligibility.verification.done");
        return "redirect:/eligibility?verification=" + v.id();
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/eligibility/settings")
    String saveSettings(@Valid @ModelAttribute("settings") EligibilitySettings form, BindingResult errors, Model model,
                        RedirectAttributes ra) {
        if (errors.hasErrors()) {
            return overview(null, null, false, model);
        }
        eligibility.updateSettings(form);
        formErrors.notice(ra, "eligibility.settings.saved");
        return "redirect:/eligibility";
    }

    @AnySignedIn
    @GetMapping("/eligibility/me")
    String mine(Model model) {
        Long person = SignedIn.require().personId();
        if (person == null) {
            model.addAttribute("history", List.of());
            model.addAttribute("personName", SignedIn.require().email());
            model.addAttribute("standing", EligibilityStatus.NOT_ELIGIBLE);
            model.addAttribute("exceptions", List.of());
            model.addAttribute("events", List.of());
            return "meetings/eligibility-person";
        }
        return person(person, model);
    }

    @GetMapping("/eligibility/persons/{personId}")
    String person(@PathVariable long personId, Model model) {
        model.addAttribute("personId", personId);
        model.addAttribute("personName", support.names(List.of(personId)).get(personId));
        model.addAttribute("history", eligibility.history(personId));
        model.addAttribute("standing", eligibility.standing(personId));
        model.addAttribute("admission", eligibility.admission(personId).orElse(null));
        model.addAttribute("exceptions", eligibility.exceptions(personId));
        model.addAttribute("events", audit.history(EligibilityService.PERSON_AUDIT_TYPE, personId));
        return "meetings/eligibility-person";
    }

    @PostMapping("/eligibility/persons/{personId}/confirmation")
    String confirm(@PathVariable long personId, RedirectAttributes ra) {
        try {
            eligibility.confirm(personId);
            formErrors.notice(ra, "eligibility.confirmed");
        } catch (Problems.DomainException e) {
            formErrors.flash(ra, e);
        }
        return "redirect:/eligibility/persons/" + personId;
    }

    @PostMapping("/eligibility/persons/{personId}/reversal")
    String reverse(@PathVariable long personId, @RequestParam(defaultValue = "") String reason, RedirectAttributes ra) {
        try {
            eligibility.reverse(personId, reason);
            formErrors.notice(ra, "eligibility.reversed");
        } catch (Problems.DomainException e) {
            formErrors.flash(ra, e);
        }
        return "redirect:/eligibility/persons/" + personId;
    }

    /** The work committee's own page: exceptions granted and candidates; only its members reach it. */
    @Allowed(Permission.VOTE_WORK_COMMITTEE)
    @GetMapping("/work-committee/in-camera")
    String inCamera(Model model) {
        if (!model.containsAttribute("exceptionForm")) {
            LocalDate today = LocalDate.now(eligibility.clock());
            model.addAttribute("exceptionForm", new GrantException(null, "", today, today.plusMonths(2)));
        }
        return "meetings/in-camera";
    }

    @Allowed(Permission.VOTE_WORK_COMMITTEE)
    @PostMapping("/work-committee/in-camera/exceptions")
    String grant(@Valid @ModelAttribute("exceptionForm") GrantException form, BindingResult errors, Model model,
                 RedirectAttributes ra) {
        if (!errors.hasErrors()) {
            try {
                eligibility.grantException(form);
                formErrors.notice(ra, "eligibility.exception.granted");
                return "redirect:/eligibility/persons/" + form.personId();
            } catch (Problems.DomainException e) {
                FormErrors.reject(errors, e);
            }
        }
        return inCamera(model);
    }
}
