package org.fourmiliere.roles.web;

import jakarta.validation.Valid;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.roles.AddHolder;
import org.fourmiliere.roles.EndHolder;
import org.fourmiliere.roles.internal.RoleService;
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

/**
 * The roles of the collective and who holds them; adding and ending a holder. The add form binds to the same
 * command as the API ({@link AddHolder}); a refusal re-renders the form with its message on the field
 * ({@link FormErrors#reject}). Ending is a button in the list: a refusal is carried to the page it redirects to.
 */
@Allowed(Permission.VIEW_DIRECTORY)
@Controller
class RolesPages {

    /** The name of the add form in the model, and so in its message codes (NotNull.holder.personId). */
    static final String FORM = "holder";

    private final RoleService roles;
    private final RoleViews views;
    private final MemberDirectory members;
    private final FormErrors formErrors;

    RolesPages(RoleService roles, RoleViews views, MemberDirectory members, FormErrors formErrors) {
        this.roles = roles;
        this.views = views;
        this.members = members;
        this.formErrors = formErrors;
    }

    @GetMapping("/roles")
    String list(Model model) {
        model.addAttribute("roles", views.all());
        return "roles/roles";
    }

    @GetMapping("/roles/{code}")
    String role(@PathVariable String code, Model model) {
        model.addAttribute(FORM, new AddHolder(null, roles.today(), null));
        return page(code, model);
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/roles/{code}/holders")
    String addHolder(@PathVariable String code, @Valid @ModelAttribute(FORM) AddHolder command, BindingResult errors,
                     Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) return page(code, model);
        try {
            roles.addHolder(code, command);
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            FormErrors.reject(errors, e);
            return page(code, model);
        }
        formErrors.notice(redirect, "roles.holder.added");
        return "redirect:/roles/" + code;
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/roles/{code}/holders/{holderId}/end")
    String endHolder(@PathVariable String code, @PathVariable long holderId, @ModelAttribute EndHolder command,
                     RedirectAttributes redirect) {
        try {
            roles.endHolder(code, holderId, command);
            formErrors.notice(redirect, "roles.holder.ended-notice");
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/roles/" + code;
    }

    private String page(String code, Model model) {
        model.addAttribute("role", views.one(code));
        model.addAttribute("history", roles.history(code));
        model.addAttribute("workers", members.workers(roles.today()));
        model.addAttribute("today", roles.today());
        return "roles/role";
    }
}
