package org.fourmiliere.accounts.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.accounts.internal.AccountService;
import org.fourmiliere.accounts.internal.TokenService;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.AnySignedIn;
import org.fourmiliere.shared.web.Public;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in page, the person's own account: password, personal access tokens. */
@AnySignedIn
@Controller
class AccountPages {

    record PasswordForm(@NotBlank String currentPassword,
                        @NotBlank @Size(min = AccountService.MIN_PASSWORD_LENGTH, max = 200) String newPassword,
                        @NotBlank String confirmation) {}

    record TokenForm(@NotBlank @Size(max = 100) String name) {}

    private final AccountService accounts;
    private final TokenService tokens;

    AccountPages(AccountService accounts, TokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Public
    @GetMapping("/login")
    String login() {
        return "accounts/login";
    }

    @GetMapping("/account")
    String account(Model model) {
        SignedIn me = SignedIn.require();
        model.addAttribute("me", me);
        model.addAttribute("tokens", tokens.list(me.accountId()));
        if (!model.containsAttribute("tokenForm")) model.addAttribute("tokenForm", new TokenForm(""));
        return "accounts/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return "accounts/password";
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors, RedirectAttributes flash) {
        if (!errors.hasFieldErrors("newPassword") && !errors.hasFieldErrors("confirmation")
                && !form.newPassword().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "account.password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                accounts.changePassword(SignedIn.require().accountId(), form.currentPassword(), form.newPassword());
            } catch (Problems.InvalidInput e) {
                errors.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        if (errors.hasErrors()) return "accounts/password";
        flash.addFlashAttribute("notice", "account.password.changed");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult errors, Model model,
                       RedirectAttributes flash) {
        if (errors.hasErrors()) {
            SignedIn me = SignedIn.require();
            model.addAttribute("me", me);
            model.addAttribute("tokens", tokens.list(me.accountId()));
            return "accounts/account";
        }
        var created = tokens.create(SignedIn.require().accountId(), form.name());
        flash.addFlashAttribute("newToken", created.token());
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes flash) {
        tokens.revoke(SignedIn.require().accountId(), id);
        flash.addFlashAttribute("notice", "token.revoked");
        return "redirect:/account";
    }
}
