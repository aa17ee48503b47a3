package org.fourmiliere.members.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.members.DuesMethod;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.MemberKind;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.members.OrganisationKind;
import org.fourmiliere.members.internal.MemberRegistry;
import org.fourmiliere.members.internal.RegistryEntry;
import org.fourmiliere.members.web.RecordForms.DuesForm;
import org.fourmiliere.members.web.RecordForms.EndForm;
import org.fourmiliere.members.web.RecordForms.EngagementForm;
import org.fourmiliere.members.web.RecordForms.MembershipForm;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
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

    private final MemberRegistry registry;
    private final AccountDirectory accounts;

    MemberPages(MemberRegistry registry, AccountDirectory accounts) {
        this.registry = registry;
        this.accounts = accounts;
    }

    /** The list's filters as the page reads them: unknown values mean "no filter", never an error. */
    record Filters(String q, String kind, String standing, String worker) {
        MemberRegistry.Criteria criteria() {
            MemberKind k = "INDIVIDUAL".equals(kind) || "ORGANISATION".equals(kind) ? MemberKind.valueOf(kind) : null;
            return new MemberRegistry.Criteria(q, k, yesNo(standing), yesNo(worker));
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
        model.addAttribute("rows", registry.search(filters.criteria()));
        return htmx.isHtmxRequest() ? "members/list :: results" : "members/list";
    }

    @GetMapping("/members/new")
    String newForm(@RequestParam(defaultValue = "INDIVIDUAL") String kind, Model model) {
        MemberForm form = new MemberForm();
        form.setKind("ORGANISATION".equals(kind) ? "ORGANISATION" : "INDIVIDUAL");
        form.setMemberSince(registry.today());
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping("/members")
    String create(@Valid @ModelAttribute("form") MemberForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        crossCheck(form, errors);
        if (!errors.hasErrors()) {
            try {
                long id = registry.createMember(form.data(), form.isWithMembership()
                        ? (form.getMemberSince() == null ? registry.today() : form.getMemberSince()) : null);
                flash.addFlashAttribute("notice", "members.created");
                return "redirect:/members/" + id;
            } catch (Problems.DomainException e) {
                reject(errors, e);
            }
        }
        return form(model, null);
    }

    @GetMapping("/members/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", MemberForm.of(registry.require(id)));
        return form(model, id);
    }

    @PostMapping("/members/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") MemberForm form, BindingResult errors,
                  Model model, RedirectAttributes flash) {
        RegistryEntry current = registry.require(id);
        form.setKind(current.kind().name());
        crossCheck(form, errors);
        if (!errors.hasErrors()) {
            try {
                registry.update(id, form.data(), form.getVersion());
                flash.addFlashAttribute("notice", "members.updated");
                return "redirect:/members/" + id;
            } catch (Problems.DomainException e) {
                reject(errors, e);
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
    String addMembership(@PathVariable long id, @Valid @ModelAttribute("membershipForm") MembershipForm form,
                         BindingResult errors, Model model, RedirectAttributes flash) {
        RegistryEntry e = registry.require(id);
        return write(id, errors, model, flash, "members.membership.recorded", () -> registry.recordMembership(
                new MemberRegistration.RecordMembership(e.kind(), id, form.getSince(), form.getUntil())));
    }

    @PostMapping("/members/{id}/memberships/{membershipId}/end")
    String endMembership(@PathVariable long id, @PathVariable long membershipId,
                         @Valid @ModelAttribute("endMembershipForm") EndForm form, BindingResult errors, Model model,
                         RedirectAttributes flash) {
        registry.require(id);
        if (registry.memberships(id).stream().noneMatch(m -> m.id() == membershipId)) {
            throw new Problems.NotFound("members.membership.not-found", membershipId);
        }
        return write(id, errors, model, flash, "members.membership.ended",
                () -> registry.endMembership(membershipId, form.getUntil()));
    }

    @PostMapping("/members/{id}/dues")
    String addDues(@PathVariable long id, @Valid @ModelAttribute("duesForm") DuesForm form, BindingResult errors,
                   Model model, RedirectAttributes flash) {
        registry.require(id);
        return write(id, errors, model, flash, "members.dues.recorded", () -> registry.recordDues(
                new MemberRegistration.RecordDues(id, new FiscalYear(form.getFiscalYear(), registry.fiscalStart()),
                        Money.of(form.getAmount(), Money.CAD), form.getPaidOn(), form.getMethod())));
    }

    @PostMapping("/members/{id}/engagements")
    String engage(@PathVariable long id, @Valid @ModelAttribute("engagementForm") EngagementForm form,
                  BindingResult errors, Model model, RedirectAttributes flash) {
        registry.require(id, MemberKind.INDIVIDUAL);
        return write(id, errors, model, flash, "members.engagement.recorded", () -> registry.engageWorker(
                new MemberRegistration.EngageWorker(id, form.getEngagement(), form.getSince(), form.getUntil())));
    }

    @PostMapping("/members/{id}/engagements/{engagementId}/end")
    String endEngagement(@PathVariable long id, @PathVariable long engagementId,
                         @Valid @ModelAttribute("endEngagementForm") EndForm form, BindingResult errors, Model model,
                         RedirectAttributes flash) {
        registry.require(id);
        if (registry.engagements(id).stream().noneMatch(g -> g.id() == engagementId)) {
            throw new Problems.NotFound("members.engagement.not-found", engagementId);
        }
        return write(id, errors, model, flash, "members.engagement.ended",
                () -> registry.endEngagement(engagementId, form.getUntil()));
    }

    /** Creates a sign-in for a person; the one-time password is shown once, on the next page. */
    @PostMapping("/members/{id}/account")
    String createAccount(@PathVariable long id, Model model, RedirectAttributes flash) {
        RegistryEntry person = registry.require(id, MemberKind.INDIVIDUAL);
        if (accounts.accountIdOfPerson(id).isPresent()) {
            flash.addFlashAttribute("notice", "members.account.exists");
            return "redirect:/members/" + id;
        }
        String oneTime = oneTimePassword();
        try {
            accounts.createAccount(person.email(), oneTime, id, person.language(), true);
        } catch (Problems.Conflict e) {
            model.addAttribute("accountError", "members.account.email-taken");
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
                flash.addFlashAttribute("notice", notice);
                return "redirect:/members/" + id;
            } catch (Problems.InvalidInput | Problems.Conflict e) {
                reject(errors, e);
            }
        }
        return detailPage(id, model);
    }

    private String detailPage(long id, Model model) {
        RegistryEntry e = registry.require(id);
        LocalDate today = registry.today();
        model.addAttribute("entry", e);
        model.addAttribute("listed", registry.describe(e));
        model.addAttribute("today", today);
        model.addAttribute("memberships", registry.memberships(id));
        model.addAttribute("dues", registry.dues(id));
        model.addAttribute("engagements", e.isPerson() ? registry.engagements(id) : List.of());
        model.addAttribute("represented", e.isPerson() ? registry.represented(id) : List.of());
        model.addAttribute("representative", e.representativeId() == null ? null
                : registry.entry(e.representativeId()).orElse(null));
        model.addAttribute("history", registry.history(id));
        model.addAttribute("hasAccount", e.isPerson() && accounts.accountIdOfPerson(id).isPresent());
        FiscalYear current = registry.currentFiscalYear();
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
        model.addAttribute("persons", registry.search(new MemberRegistry.Criteria(null, MemberKind.INDIVIDUAL, null, null))
                .stream().map(MemberRegistry.Listed::entry).toList());
        return "members/form";
    }

    private static void crossCheck(MemberForm form, BindingResult errors) {
        if (!form.organisation() && (form.getEmail() == null || form.getEmail().isBlank()) && !errors.hasFieldErrors("email")) {
            errors.rejectValue("email", "members.email.required");
        }
        if (form.organisation() && form.getOrganisationKind() == null && !errors.hasFieldErrors("organisationKind")) {
            errors.rejectValue("organisationKind", "members.organisation-kind.required");
        }
    }

    private static void reject(BindingResult errors, Problems.DomainException e) {
        if (e.field() != null && isField(errors, e.field())) {
            errors.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    private static boolean isField(BindingResult errors, String field) {
        try {
            errors.getFieldType(field);
            return errors.getTarget() != null
                    && new org.springframework.beans.BeanWrapperImpl(errors.getTarget()).isReadableProperty(field);
        } catch (RuntimeException ex) {
            return false;
        }
    }

    private static String oneTimePassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom r = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) b.append('-');
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
