package org.fourmiliere.requests.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.requests.internal.SavedSearch;
import org.fourmiliere.requests.internal.SavedSearches;
import org.fourmiliere.requests.web.RequestViews.SavedSearchView;
import org.fourmiliere.shared.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Workers' saved searches over HTTP: one's own and those shared, saving one, deleting one's own (another's: 404). */
@Allowed(Permission.HANDLE_REQUESTS)
@ApiController("/api/v1/saved-searches")
@Tag(name = "Requests", description = "Queues and tickets fed by e-mail (§10)")
class SavedSearchApi {

    record SavedSearchBody(@NotBlank @Size(max = SavedSearches.NAME_MAX) String name, @Size(max = 40) String queue,
                           @Size(max = SavedSearches.QUERY_MAX) String q, @Size(max = 20) String status,
                           @Size(max = 40) String tag, Boolean unowned,
                           Boolean shared) {}

    private final SavedSearches searches;
    private final RequestViews views;

    SavedSearchApi(SavedSearches searches, RequestViews views) {
        this.searches = searches;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "The caller's saved searches and those other workers share, by name, each with the page it opens")
    List<SavedSearchView> list() {
        long me = SignedIn.require().accountId();
        return views.savedSearches(searches.visibleTo(me), me);
    }

    @PostMapping
    @Operation(summary = "Saves a search: a queue's filters (queue, q, status, tag, unowned) or words alone (q); shared: every worker sees it")
    ResponseEntity<SavedSearchView> save(@Valid @RequestBody SavedSearchBody body) {
        SignedIn me = SignedIn.require();
        SavedSearch saved = searches.save(me.accountId(), me.personId(), new SavedSearches.NewSearch(body.name(), body.queue(),
                body.q(), body.status(), body.tag(), Boolean.TRUE.equals(body.unowned()), Boolean.TRUE.equals(body.shared())));
        return ResponseEntity.status(HttpStatus.CREATED).body(views.savedSearches(List.of(saved), me.accountId()).getFirst());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Deletes one of the caller's saved searches (another's, even shared: 404)")
    ResponseEntity<Void> delete(@PathVariable long id) {
        searches.delete(id, SignedIn.require().accountId());
        return ResponseEntity.noContent().build();
    }
}
