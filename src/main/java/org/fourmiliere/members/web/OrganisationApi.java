package org.fourmiliere.members.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.members.MemberKind;
import org.fourmiliere.members.OrganisationKind;
import org.fourmiliere.members.internal.EntryData;
import org.fourmiliere.members.internal.MemberRegistry;
import org.fourmiliere.members.internal.RegistryEntry;
import org.fourmiliere.members.web.MemberJson.OrganisationView;
import org.fourmiliere.shared.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
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

    record OrganisationInput(@NotBlank @Size(max = MemberRegistry.NAME_MAX) String name,
                             @NotBlank @Pattern(regexp = MemberApi.ORGANISATION_KINDS) String kind,
                             Long representativeId,
                             @Email(regexp = MemberRegistry.EMAIL_REGEX) @Size(max = MemberRegistry.EMAIL_MAX) String email,
                             @Size(max = MemberRegistry.PHONE_MAX) String phone,
                             @Pattern(regexp = MemberApi.LANGUAGES) String language,
                             @Size(max = MemberRegistry.ADDRESS_MAX) String address,
                             String memberSince) {}

    record OrganisationPatch(@Size(min = 1, max = MemberRegistry.NAME_MAX) String name,
                             @Pattern(regexp = MemberApi.ORGANISATION_KINDS) String kind,
                             Long representativeId,
                             @Email(regexp = MemberRegistry.EMAIL_REGEX) @Size(max = MemberRegistry.EMAIL_MAX) String email,
                             @Size(max = MemberRegistry.PHONE_MAX) String phone,
                             @Pattern(regexp = MemberApi.LANGUAGES) String language,
                             @Size(max = MemberRegistry.ADDRESS_MAX) String address,
                             Integer version) {}

    private final MemberRegistry registry;
    private final SpringValidatorAdapter validator;

    OrganisationApi(MemberRegistry registry, jakarta.validation.Validator validator) {
        this.registry = registry;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping
    @Operation(summary = "List organisations; q searches names and e-mails")
    List<OrganisationView> list(@RequestParam(required = false) String q) {
        return registry.search(new MemberRegistry.Criteria(q, MemberKind.ORGANISATION, null, null)).stream()
                .map(l -> MemberJson.organisation(registry, l)).toList();
    }

    @Allowed(Permission.MANAGE_MEMBERS)
    @PostMapping
    @Operation(summary = "Register an organisation with its representative (a person's id)")
    ResponseEntity<OrganisationView> create(@RequestBody OrganisationInput body) throws BindException {
        var errors = new BeanPropertyBindingResult(body, "organisationInput");
        validator.validate(body, errors);
        LocalDate since = MemberJson.date(body.memberSince(), "memberSince", errors);
        if (errors.hasErrors()) throw new BindException(errors);
        long id = registry.createMember(new EntryData(MemberKind.ORGANISATION, body.name(), body.email(), body.phone(),
                body.language(), body.address(), OrganisationKind.valueOf(body.kind()), body.representativeId()), since);
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
    OrganisationView update(@PathVariable long id, @RequestBody OrganisationPatch body) throws BindException {
        var errors = new BeanPropertyBindingResult(body, "organisationPatch");
        validator.validate(body, errors);
        if (errors.hasErrors()) throw new BindException(errors);
        RegistryEntry c = registry.require(id, MemberKind.ORGANISATION);
        registry.update(id, new EntryData(MemberKind.ORGANISATION,
                body.name() == null ? c.name() : body.name(),
                body.email() == null ? c.email() : body.email(),
                body.phone() == null ? c.phone() : body.phone(),
                body.language() == null ? c.language() : body.language(),
                body.address() == null ? c.address() : body.address(),
                body.kind() == null ? c.organisationKind() : OrganisationKind.valueOf(body.kind()),
                body.representativeId() == null ? c.representativeId() : body.representativeId()), body.version());
        return view(id);
    }

    private OrganisationView view(long id) {
        return MemberJson.organisation(registry, registry.describe(registry.require(id, MemberKind.ORGANISATION)));
    }
}
