package org.fourmiliere.chat.web;

import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.chat.internal.ChatLinks;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.AnySignedIn;
import org.fourmiliere.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My account › Chat": a one-time code to link a chat identity, the linked ones, unlinking, the !who choice. */
@AnySignedIn
@Controller
class ChatPages {

    private final ChatLinks links;
    private final FormErrors formErrors;

    ChatPages(ChatLinks links, FormErrors formErrors) {
        this.links = links;
        this.formErrors = formErrors;
    }

    @GetMapping("/account/chat")
    String page(Model model) {
        model.addAttribute("links", links.ofPerson(person()));
        return "chat/links";
    }

    @PostMapping("/account/chat/code")
    String code(RedirectAttributes redirect) {
        SignedIn me = SignedIn.require();
        redirect.addFlashAttribute("code", links.newCode(person(), me.language()));
        return "redirect:/account/chat";
    }

    @PostMapping("/account/chat/{id}/unlink")
    String unlink(@PathVariable long id, RedirectAttributes redirect) {
        links.unlink(person(), id);
        formErrors.notice(redirect, "chat.page.unlinked");
        return "redirect:/account/chat";
    }

    @PostMapping("/account/chat/{id}/who")
    String who(@PathVariable long id, @RequestParam boolean shown) {
        links.showInWho(person(), id, shown);
        return "redirect:/account/chat";
    }

    private static long person() {
        Long id = SignedIn.require().personId();
        if (id == null) throw new Problems.NotFound("chat.no-person");
        return id;
    }
}
