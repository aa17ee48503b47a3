package org.fourmiliere.members.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.members.MemberKind;
import org.fourmiliere.members.internal.MemberCommands.ChangeOrganisation;
import org.fourmiliere.members.internal.MemberCommands.RegisterOrganisation;
import org.fourmiliere.members.internal.MemberService;
import org.fourmiliere.members.web.MemberJson.OrganisationView;
import org.fourmiliere.shared.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisations of the registry, members or not (client organisations too). Same ids as the members
 * resource. An organisation created here becomes a member only when {@code memberSince} is given.
 */
@Allowed(Permission.VIEW_DIRECTORY)
@ApiController("/api/v1/organisations")
@Tag(name = "Organisations", description = "Organisations of the registry and their representative")
class OrganisationApi {

    private final MemberService members;

    OrganisationApi(MemberService members) {
        this.members = members;
    }

    @InitBinder
    void entryRules(WebDataBinder binder) {
        CommandChecks.addTo(binder);
    }

    @GetMapping
    @Operation(summary = "List organisations; q searches names and e-mails")
    List<OrganisationView> list(@RequestParam(required = false) String q) {
        return members.search(new MemberService.Criteria(q, MemberKind.ORGANISATION, null, null)).stream()
                .map(l -> MemberJson.organisation(members, l)).toList();
    }

    @Allowed(Permission.MANAGE_MEMBERS)
    @PostMapping
    @Operation(summary = "Register an organisation with its representative (a person's id)")
    ResponseEntity<OrganisationView> create(@Valid @RequestBody RegisterOrganisation body) {
        long id = members.register(body);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id)).body(view(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation")
    OrganisationView read(@PathVariable long id) {
        return view(id);
    }

    @Allowed(Permission.MANAGE_MEMBERS)
    @PatchMapping("/{id}")
    @Operation(summary = "Change some fields of an organisation")
    OrganisationView update(@PathVariable long id, @Valid @RequestBody ChangeOrganisation body) {
        members.require(id, MemberKind.ORGANISATION);
        members.change(id, body.change());
        return view(id);
    }

    private OrganisationView view(long id) {
        return MemberJson.organisation(members, members.describe(members.require(id, MemberKind.ORGANISATION)));
    }
}
