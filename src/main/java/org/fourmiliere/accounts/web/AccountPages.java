package org.fourmiliere.accounts.web;

import jakarta.validation.Valid;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.accounts.internal.AccountCommands;
import org.fourmiliere.accounts.internal.AccountService;
import org.fourmiliere.accounts.internal.TokenService;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.AnySignedIn;
import org.fourmiliere.shared.web.FormErrors;
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

    private final AccountService accounts;
    private final TokenService tokens;
    private final FormErrors formErrors;

    AccountPages(AccountService accounts, TokenService tokens, FormErrors formErrors) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.formErrors = formErrors;
    }

    @Public
    @GetMapping("/login")
    String login() {
        return "accounts/login";
    }

    @GetMapping("/account")
    String account(Model model) {
        if (!model.containsAttribute("tokenForm")) model.addAttribute("tokenForm", AccountCommands.CreateToken.blank());
        return accountPage(model);
    }

    private String accountPage(Model model) {
        SignedIn me = SignedIn.require();
        model.addAttribute("me", me);
        model.addAttribute("tokens", tokens.list(me.accountId()));
        return "accounts/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("form", AccountCommands.ChangePassword.blank());
        return "accounts/password";
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute("form") AccountCommands.ChangePassword form, BindingResult errors,
                          RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("newPassword") && !errors.hasFieldErrors("confirmation") && !form.confirmed()) {
            errors.rejectValue("confirmation", "account.password.mismatch");
        }
        if (errors.hasErrors()) return "accounts/password";
        try {
            accounts.changePassword(SignedIn.require().accountId(), form);
        } catch (Problems.DomainException e) {
            FormErrors.reject(errors, e);
            return "accounts/password";
        }
        formErrors.notice(redirect, "account.password.changed");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(@Valid @ModelAttribute("tokenForm") AccountCommands.CreateToken form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        if (errors.hasErrors()) return accountPage(model);
        TokenService.NewToken created;
        try {
            created = tokens.create(SignedIn.require().accountId(), form);
        } catch (org.fourmiliere.shared.Problems.InvalidInput e) {
            errors.rejectValue(e.field(), e.messageKey(), e.args(), null);
            return accountPage(model);
        }
        redirect.addFlashAttribute("newToken", created.token());
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(SignedIn.require().accountId(), id);
        formErrors.notice(redirect, "token.revoked");
        return "redirect:/account";
    }
}
