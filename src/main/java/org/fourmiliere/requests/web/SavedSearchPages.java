package org.fourmiliere.requests.web;

import java.util.Map;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.requests.internal.RequestService;
import org.fourmiliere.requests.internal.SavedSearch;
import org.fourmiliere.requests.internal.SavedSearches;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Saving the filters of a queue's page or the words of the search page under a name, and deleting one's own. A
 * saved search opens its page; a refused one (no name, too long, unknown queue…) is said on the page it came from,
 * and nothing is saved.
 */
@Controller
@Allowed(Permission.HANDLE_REQUESTS)
class SavedSearchPages {

    private final SavedSearches searches;
    private final RequestService service;
    private final FormErrors formErrors;

    SavedSearchPages(SavedSearches searches, RequestService service, FormErrors formErrors) {
        this.searches = searches;
        this.service = service;
        this.formErrors = formErrors;
    }

    @PostMapping("/requests/saved-searches")
    String save(@RequestParam(required = false) String name, @RequestParam(required = false) String queue,
                @RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) String tag,
                @RequestParam(defaultValue = "false") boolean unowned, @RequestParam(defaultValue = "false") boolean shared,
                RedirectAttributes redirect) {
        SignedIn me = SignedIn.require();
        try {
            SavedSearch saved = searches.save(me.accountId(), me.personId(),
                    new SavedSearches.NewSearch(name, queue, q, status, tag, unowned, shared));
            formErrors.notice(redirect, "requests.saved.done", saved.name());
            return "redirect:" + RequestViews.link(saved);
        } catch (Problems.DomainException e) {
            formErrors.flash(redirect, e);
            return "redirect:" + back(queue, q, status, unowned);
        }
    }

    @PostMapping("/requests/saved-searches/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            searches.delete(id, SignedIn.require().accountId());
            formErrors.notice(redirect, "requests.saved.deleted");
        } catch (Problems.DomainException e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/requests";
    }

    /** The page the refused form was on: a known queue's page with its filters, the search page, or /requests. */
    private String back(String queue, String q, String status, boolean unowned) {
        boolean known = queue != null && service.queues().stream().anyMatch(x -> x.code().equals(queue));
        boolean words = q != null && !q.isBlank() && q.length() <= SavedSearches.QUERY_MAX
                && q.chars().noneMatch(Character::isISOControl);
        if (!known && !words) return "/requests";
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(known ? "/requests/queues/{code}" : "/requests/search");
        Map<String, Object> values = new java.util.HashMap<>();
        if (known) {
            values.put("code", queue);
            if (status != null && status.matches("[A-Za-z]{1,20}")) { b.queryParam("status", "{status}"); values.put("status", status); }
        }
        if (words) { b.queryParam("q", "{q}"); values.put("q", q); }
        if (known && unowned) b.queryParam("unowned", "true");
        return b.encode().buildAndExpand(values).toUriString();
    }
}
