package org.fourmiliere.timesheets.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.fourmiliere.shared.web.AnySignedIn;
import org.fourmiliere.timesheets.ActivityKind;
import org.fourmiliere.timesheets.internal.Activities;
import org.fourmiliere.timesheets.internal.Activity;
import org.fourmiliere.timesheets.internal.TimeReports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Activities and, for each, the hours spent against its budget. */
@AnySignedIn
@Controller
class ActivityPages {

    record ActivityForm(@NotBlank @Size(max = 80) String code, @Size(max = 200) String name, @NotBlank String kind,
                        boolean billable, @DecimalMin("0") BigDecimal budgetHours, boolean closed, Long organisationId) {}

    private final Activities activities;
    private final TimeReports reports;
    private final AuditTrail audit;
    private final org.fourmiliere.members.MemberDirectory directory;

    private final FormErrors formErrors;

    ActivityPages(Activities activities, TimeReports reports, AuditTrail audit, org.fourmiliere.members.MemberDirectory directory,
                  FormErrors formErrors) {
        this.formErrors = formErrors;
        this.directory = directory;
        this.activities = activities;
        this.reports = reports;
        this.audit = audit;
    }

    @GetMapping("/time/activities")
    String list(Model model) {
        model.addAttribute("budgets", reports.budgets());
        if (model.getAttribute("form") == null) model.addAttribute("form", new ActivityForm("", "", "CONTRACT", true, null, false, null));
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("organisations", directory.organisations());
        return "timesheets/activities";
    }

    @Allowed(Permission.TRACK_TIME)
    @PostMapping("/time/activities")
    String create(@Valid @ModelAttribute("form") ActivityForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                Activity a = activities.create(new Activities.NewActivity(form.code(), form.name(),
                        ActivityKind.parse(form.kind()).orElseThrow(() -> new Problems.InvalidInput("kind", "time.activity.kind.invalid")),
                        form.organisationId(), null, form.billable(), minutes(form.budgetHours())));
                formErrors.notice(flash, "time.activity.saved");
                return "redirect:/time/activities/" + a.id();
            } catch (Problems.DomainException e) {
                FormErrors.reject(errors, e);
            }
        }
        return list(model);
    }

    @GetMapping("/time/activities/{id}")
    String one(@PathVariable long id, Model model) {
        Activity a = activities.byId(id).orElseThrow(() -> new Problems.NotFound("time.activity.not-found"));
        model.addAttribute("budget", reports.budget(a));
        model.addAttribute("history", audit.history(Activities.AUDIT_TYPE, id));
        model.addAttribute("organisation", a.organisationId() == null ? null : directory.organisation(a.organisationId()).orElse(null));
        if (model.getAttribute("form") == null) {
            model.addAttribute("form", new ActivityForm(a.code(), a.name(), a.kind().name(), a.billable(),
                    a.budgetMinutes() == null ? null : BigDecimal.valueOf(a.budgetMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP),
                    a.closed(), a.organisationId()));
        }
        return "timesheets/activity";
    }

    @Allowed(Permission.TRACK_TIME)
    @PostMapping("/time/activities/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        if (form != null && !errors.hasFieldErrors("name") && !errors.hasFieldErrors("budgetHours")) {
            try {
                activities.update(id, form.name(), form.billable(), minutes(form.budgetHours()), form.closed());
                formErrors.notice(flash, "time.activity.saved");
                return "redirect:/time/activities/" + id;
            } catch (Problems.InvalidInput | Problems.Conflict e) {
                FormErrors.reject(errors, e);
            }
        }
        return one(id, model);
    }

    static Long minutes(BigDecimal hours) {
        return hours == null ? null : hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).longValue();
    }
}
