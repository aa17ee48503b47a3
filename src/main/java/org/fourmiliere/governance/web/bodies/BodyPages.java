package org.fourmiliere.governance.web.bodies;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.internal.bodies.Body;
import org.fourmiliere.governance.internal.bodies.BodyCommands;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
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

/** Pages of one body: create or edit a committee or team, its members, its dissolution and its history. */
@Allowed(Permission.MANAGE_BODIES)
@Controller
class BodyPages {

    private final BodyService bodies;
    private final BodyViews views;
    private final MemberDirectory members;
    private final FormErrors formErrors;

    BodyPages(BodyService bodies, BodyViews views, MemberDirectory members, FormErrors formErrors) {
        this.bodies = bodies;
        this.views = views;
        this.members = members;
        this.formErrors = formErrors;
    }

    @GetMapping("/bodies/new")
    String newBody(@RequestParam(defaultValue = "COMMITTEE") BodyKind kind, Model model) {
        BodyForm form = new BodyForm();
        form.setKind(kind == BodyKind.TEAM ? BodyKind.TEAM : BodyKind.COMMITTEE);
        form.setCreatedOn(bodies.today());
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping("/bodies")
    String create(@Valid @ModelAttribute("form") BodyForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        List<Long> memberIds = new ArrayList<>(form.getMemberIds());
        resolveEmails(form, errors, memberIds);
        if (errors.hasErrors()) return form(model, null);
        try {
            long id = bodies.create(new BodyCommands.CreateBody(form.getKind(), blank(form.getCode()), form.getNameFr(),
                    form.getNameEn(), form.isPermanent(), form.getMandate(), form.getCreatedOn(), form.getCoordinatorId(),
                    memberIds));
            formErrors.notice(redirect, "bodies.created");
            return "redirect:/bodies/" + id;
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            FormErrors.reject(errors, e);
            return form(model, null);
        }
    }

    @GetMapping("/bodies/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Body b = bodies.get(id);
        BodyForm form = new BodyForm();
        form.setKind(b.kind());
        form.setCode(b.code());
        form.setNameFr(b.nameFr());
        form.setNameEn(b.nameEn());
        form.setPermanent(b.permanent());
        form.setMandate(b.mandate());
        form.setCreatedOn(b.createdOn());
        form.setCoordinatorId(b.coordinatorId());
        model.addAttribute("form", form);
        return form(model, b);
    }

    @PostMapping("/bodies/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") BodyForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Body b = bodies.get(id);
        if (errors.hasErrors()) return form(model, b);
        try {
            bodies.update(id, new BodyCommands.UpdateBody(form.getNameFr(), form.getNameEn(), form.isPermanent(),
                    form.getMandate(), form.getCoordinatorId()));
            formErrors.notice(redirect, "bodies.updated");
            return "redirect:/bodies/" + id;
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            FormErrors.reject(errors, e);
            return form(model, b);
        }
    }

    @Allowed(Permission.VIEW_DIRECTORY)
    @GetMapping("/bodies/{id}")
    String show(@PathVariable long id, Model model) {
        Body b = bodies.get(id);
        if (b.kind() == BodyKind.BOARD) return "redirect:/board";
        LocalDate today = bodies.today();
        model.addAttribute("body", views.body(b, bodies.memberships(id), today));
        model.addAttribute("history", bodies.history(id));
        model.addAttribute("workers", members.workers(today));
        model.addAttribute("today", today);
        model.addAttribute("takesMembers", b.hasMemberships() && b.activeOn(today));
        model.addAttribute("dissolvable", !b.singleton() && b.dissolvedOn() == null);
        return "governance/body";
    }

    @PostMapping("/bodies/{id}/members")
    String join(@PathVariable long id, @RequestParam(required = false) Long personId,
                @RequestParam(required = false) String email,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
                @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            Long who = personId;
            if (who == null && email != null && !email.isBlank()) {
                who = members.personByEmail(email.strip()).map(PersonRef::id)
                        .orElseThrow(() -> new Problems.InvalidInput("email", "bodies.email.unknown", email.strip()));
            }
            if (who == null) throw new Problems.InvalidInput("personId", "bodies.person.required");
            bodies.join(id, who, since, note);
            formErrors.notice(redirect, "bodies.member.joined");
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/bodies/" + id;
    }

    @PostMapping("/bodies/{id}/members/{personId}/departure")
    String leave(@PathVariable long id, @PathVariable long personId,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                 RedirectAttributes redirect) {
        try {
            bodies.leave(id, personId, on, null);
            formErrors.notice(redirect, "bodies.member.left");
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/bodies/" + id;
    }

    @PostMapping("/bodies/{id}/dissolution")
    String dissolve(@PathVariable long id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    RedirectAttributes redirect) {
        try {
            bodies.dissolve(id, new BodyCommands.Dissolve(on));
            formErrors.notice(redirect, "bodies.dissolved");
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/bodies/" + id;
    }

    private String form(Model model, Body existing) {
        LocalDate today = bodies.today();
        List<PersonRef> workers = new ArrayList<>(members.workers(today));
        if (existing != null) {
            Set<Long> known = new LinkedHashSet<>();
            workers.forEach(w -> known.add(w.id()));
            List<Long> others = bodies.memberships(existing.id()).stream().filter(m -> m.inForceOn(today))
                    .map(m -> m.personId()).filter(p -> !known.contains(p)).distinct().toList();
            workers.addAll(members.persons(others));
        }
        model.addAttribute("workers", workers);
        model.addAttribute("existing", existing);
        return "governance/body-form";
    }

    private void resolveEmails(BodyForm form, BindingResult errors, List<Long> memberIds) {
        if (form.getMemberEmails() == null) return;
        for (String e : form.getMemberEmails().split("[,;\\s]+")) {
            if (e.isBlank()) continue;
            var p = members.personByEmail(e.strip());
            if (p.isPresent()) memberIds.add(p.get().id());
            else errors.rejectValue("memberEmails", "bodies.email.unknown", new Object[] {e.strip()}, null);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
