package org.fourmiliere.members.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.members.DuesMethod;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.MemberKind;
import org.fourmiliere.members.OrganisationKind;
import org.fourmiliere.members.internal.MemberCommands.AddDues;
import org.fourmiliere.members.internal.MemberCommands.AddMembership;
import org.fourmiliere.members.internal.MemberCommands.End;
import org.fourmiliere.members.internal.MemberCommands.Engage;
import org.fourmiliere.members.internal.MemberCommands.Register;
import org.fourmiliere.members.internal.MemberService;
import org.fourmiliere.members.internal.RegistryEntry;
import org.fourmiliere.members.web.RecordForms.DuesForm;
import org.fourmiliere.members.web.RecordForms.EndForm;
import org.fourmiliere.members.web.RecordForms.EngagementForm;
import org.fourmiliere.members.web.RecordForms.MembershipForm;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registry's pages: the list with search and filters, a record's page, the create and edit forms. */
@Allowed(Permission.MANAGE_MEMBERS)
@Controller
class MemberPages {

    private final MemberService members;
    private final AccountDirectory accounts;
    private final CommandChecks checks;
    private final FormErrors formErrors;

    MemberPages(MemberService members, AccountDirectory accounts, CommandChecks checks, FormErrors formErrors) {
        this.members = members;
        this.accounts = accounts;
        this.checks = checks;
        this.formErrors = formErrors;
    }

    /** The list's filters as the page reads them: unknown values mean "no filter", never an error. */
    record Filters(String q, String kind, String standing, String worker) {
        MemberService.Criteria criteria() {
            MemberKind k = "INDIVIDUAL".equals(kind) || "ORGANISATION".equals(kind) ? MemberKind.valueOf(kind) : null;
            return new MemberService.Criteria(q, k, yesNo(standing), yesNo(worker));
        }

        private static Boolean yesNo(String v) {
            return "yes".equals(v) ? Boolean.TRUE : "no".equals(v) ? Boolean.FALSE : null;
        }

        String query() {
            return org.springframework.web.util.UriComponentsBuilder.newInstance()
                    .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
                    .queryParamIfPresent("kind", java.util.Optional.ofNullable(kind).filter(s -> !s.isBlank()))
                    .queryParamIfPresent("standing", java.util.Optional.ofNullable(standing).filter(s -> !s.isBlank()))
                    .queryParamIfPresent("worker", java.util.Optional.ofNullable(worker).filter(s -> !s.isBlank()))
                    .encode().build().toUriString();
        }
    }

    @Allowed(Permission.VIEW_DIRECTORY)
    @GetMapping("/members")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String standing, @RequestParam(required = false) String worker,
                HtmxRequest htmx, Model model) {
        Filters filters = new Filters(q, kind, standing, worker);
        model.addAttribute("filters", filters);
        model.addAttribute("csvQuery", filters.query());
        model.addAttribute("rows", members.search(filters.criteria()));
        return htmx.isHtmxRequest() ? "members/list :: results" : "members/list";
    }

    @GetMapping("/members/new")
    String newForm(@RequestParam(defaultValue = "INDIVIDUAL") String kind, Model model) {
        MemberForm form = new MemberForm();
        form.setKind("ORGANISATION".equals(kind) ? "ORGANISATION" : "INDIVIDUAL");
        form.setMemberSince(members.today());
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping("/members")
    String create(@ModelAttribute("form") MemberForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Register command = checks.check(form.register(), errors);
        if (!errors.hasErrors()) {
            try {
                long id = members.register(command);
                formErrors.notice(flash, "members.created");
                return "redirect:/members/" + id;
            } catch (Problems.DomainException e) {
                FormErrors.reject(errors, e);
            }
        }
        return form(model, null);
    }

    @GetMapping("/members/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", MemberForm.of(members.require(id)));
        return form(model, id);
    }

    @PostMapping("/members/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") MemberForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        form.setKind(members.require(id).kind().name());
        Register details = checks.check(form.register(), errors);
        if (!errors.hasErrors()) {
            try {
                members.update(id, details.details(), form.getVersion());
                formErrors.notice(flash, "members.updated");
                return "redirect:/members/" + id;
            } catch (Problems.DomainException e) {
                FormErrors.reject(errors, e);
            }
        }
        return form(model, id);
    }

    @Allowed(Permission.VIEW_DIRECTORY)
    @GetMapping("/members/{id}")
    String detail(@PathVariable long id, Model model) {
        return detailPage(id, model);
    }

    @PostMapping("/members/{id}/memberships")
    String addMembership(@PathVariable long id, @ModelAttribute("membershipForm") MembershipForm form,
                         BindingResult errors, Model model, RedirectAttributes flash) {
        MemberKind kind = members.require(id).kind();
        AddMembership command = checks.check(form.command(), errors);
        return write(id, errors, model, flash, "members.membership.recorded",
                () -> members.recordMembership(command.of(kind, id)));
    }

    @PostMapping("/members/{id}/memberships/{membershipId}/end")
    String endMembership(@PathVariable long id, @PathVariable long membershipId,
                         @ModelAttribute("endMembershipForm") EndForm form, BindingResult errors, Model model,
                         RedirectAttributes flash) {
        members.require(id);
        End command = checks.check(form.command(), errors);
        return write(id, errors, model, flash, "members.membership.ended",
                () -> members.endMembership(id, membershipId, command.day()));
    }

    @PostMapping("/members/{id}/dues")
    String addDues(@PathVariable long id, @ModelAttribute("duesForm") DuesForm form, BindingResult errors,
                   Model model, RedirectAttributes flash) {
        members.require(id);
        AddDues command = checks.check(form.command(), errors);
        return write(id, errors, model, flash, "members.dues.recorded",
                () -> members.recordDues(command.of(id, members.fiscalStart())));
    }

    @PostMapping("/members/{id}/engagements")
    String engage(@PathVariable long id, @ModelAttribute("engagementForm") EngagementForm form,
                  BindingResult errors, Model model, RedirectAttributes flash) {
        members.require(id, MemberKind.INDIVIDUAL);
        Engage command = checks.check(form.command(), errors);
        return write(id, errors, model, flash, "members.engagement.recorded",
                () -> members.engageWorker(command.of(id)));
    }

    @PostMapping("/members/{id}/engagements/{engagementId}/end")
    String endEngagement(@PathVariable long id, @PathVariable long engagementId,
                         @ModelAttribute("endEngagementForm") EndForm form, BindingResult errors, Model model,
                         RedirectAttributes flash) {
        members.require(id);
        End command = checks.check(form.command(), errors);
        return write(id, errors, model, flash, "members.engagement.ended",
                () -> members.endEngagement(id, engagementId, command.day()));
    }

    /** Creates a sign-in for a person; the one-time password is shown once, on the next page. */
    @PostMapping("/members/{id}/account")
    String createAccount(@PathVariable long id, Model model, RedirectAttributes flash) {
        RegistryEntry person = members.require(id, MemberKind.INDIVIDUAL);
        if (accounts.accountIdOfPerson(id).isPresent()) {
            formErrors.notice(flash, "members.account.exists");
            return "redirect:/members/" + id;
        }
        String oneTime;
        try {
            oneTime = accounts.createAccountWithOneTimePassword(person.email(), id, person.language());
        } catch (Problems.Conflict e) {
            formErrors.show(model, new Problems.Conflict("email", "members.account.email-taken"));
            return detailPage(id, model);
        }
        flash.addFlashAttribute("oneTimePassword", oneTime);
        return "redirect:/members/" + id;
    }

    // ------------------------------------------------------------------

    private String write(long id, BindingResult errors, Model model, RedirectAttributes flash, String notice,
                         Runnable action) {
        if (!errors.hasErrors()) {
            try {
                action.run();
                formErrors.notice(flash, notice);
                return "redirect:/members/" + id;
            } catch (Problems.InvalidInput | Problems.Conflict e) {
                FormErrors.reject(errors, e);
            }
        }
        return detailPage(id, model);
    }

    private String detailPage(long id, Model model) {
        RegistryEntry e = members.require(id);
        LocalDate today = members.today();
        model.addAttribute("entry", e);
        model.addAttribute("listed", members.describe(e));
        model.addAttribute("today", today);
        model.addAttribute("memberships", members.memberships(id));
        model.addAttribute("dues", members.dues(id));
        model.addAttribute("engagements", e.isPerson() ? members.engagements(id) : List.of());
        model.addAttribute("represented", e.isPerson() ? members.represented(id) : List.of());
        model.addAttribute("representative", e.representativeId() == null ? null
                : members.entry(e.representativeId()).orElse(null));
        model.addAttribute("history", members.history(id));
        model.addAttribute("hasAccount", e.isPerson() && accounts.accountIdOfPerson(id).isPresent());
        FiscalYear current = members.currentFiscalYear();
        model.addAttribute("currentFiscalYear", current);
        model.addAttribute("fiscalYears", List.of(
                new FiscalYear(current.endYear() + 1, current.start()), current,
                new FiscalYear(current.endYear() - 1, current.start()),
                new FiscalYear(current.endYear() - 2, current.start())));
        model.addAttribute("methods", DuesMethod.values());
        model.addAttribute("engagementKinds", Engagement.values());
        if (!model.containsAttribute("membershipForm")) {
            MembershipForm f = new MembershipForm();
            f.setSince(today);
            model.addAttribute("membershipForm", f);
        }
        if (!model.containsAttribute("duesForm")) {
            DuesForm f = new DuesForm();
            f.setFiscalYear(current.endYear());
            f.setPaidOn(today);
            model.addAttribute("duesForm", f);
        }
        if (!model.containsAttribute("engagementForm")) {
            EngagementForm f = new EngagementForm();
            f.setSince(today);
            model.addAttribute("engagementForm", f);
        }
        if (!model.containsAttribute("endMembershipForm")) model.addAttribute("endMembershipForm", new EndForm());
        if (!model.containsAttribute("endEngagementForm")) model.addAttribute("endEngagementForm", new EndForm());
        return "members/detail";
    }

    private String form(Model model, Long id) {
        model.addAttribute("id", id);
        model.addAttribute("organisationKinds", OrganisationKind.values());
        model.addAttribute("persons", members.entries(MemberKind.INDIVIDUAL));
        return "members/form";
    }
}
