package org.fourmiliere.roles.web;

import java.time.LocalDate;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.roles.internal.RoleService;
import org.fourmiliere.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The roles of the collective and who holds them; adding and ending a holder. */
@Allowed(Permission.VIEW_DIRECTORY)
@Controller
class RolesPages {

    private final RoleService roles;
    private final RoleViews views;
    private final MemberDirectory members;
    private final MessageSource messages;

    RolesPages(RoleService roles, RoleViews views, MemberDirectory members, MessageSource messages) {
        this.messages = messages;
        this.roles = roles;
        this.views = views;
        this.members = members;
    }

    @GetMapping("/roles")
    String list(Model model) {
        model.addAttribute("roles", views.all());
        return "roles/roles";
    }

    @GetMapping("/roles/{code}")
    String role(@PathVariable String code, Model model) {
        model.addAttribute("role", views.one(code));
        model.addAttribute("history", roles.history(code));
        model.addAttribute("workers", members.workers(roles.today()));
        model.addAttribute("today", roles.today());
        return "roles/role";
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/roles/{code}/holders")
    String addHolder(@PathVariable String code, @RequestParam(required = false) Long personId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since, @RequestParam(required = false) String note,
                     Model model, RedirectAttributes redirect) {
        try {
            roles.addHolder(code, new RoleService.AddHolder(personId, since, note));
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            model.addAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
            return role(code, model);
        }
        redirect.addFlashAttribute("notice", "role.holder.added");
        return "redirect:/roles/" + code;
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/roles/{code}/holders/{holderId}/end")
    String endHolder(@PathVariable String code, @PathVariable long holderId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model, RedirectAttributes redirect) {
        try {
            roles.endHolder(code, holderId, new RoleService.EndHolder(on));
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            model.addAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
            return role(code, model);
        }
        redirect.addFlashAttribute("notice", "role.holder.ended-notice");
        return "redirect:/roles/" + code;
    }
}
