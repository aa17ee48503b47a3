package org.fourmiliere.members.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.members.DuesMethod;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.MemberKind;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.members.OrganisationKind;
import org.fourmiliere.members.internal.EntryData;
import org.fourmiliere.members.internal.MemberRegistry;
import org.fourmiliere.members.internal.RegistryEntry;
import org.fourmiliere.members.web.MemberJson.DuesView;
import org.fourmiliere.members.web.MemberJson.EventView;
import org.fourmiliere.members.web.MemberJson.MemberView;
import org.fourmiliere.members.web.MemberJson.MembershipView;
import org.fourmiliere.members.web.MemberJson.WorkerView;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.web.ApiController;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The members registry as JSON. A member is the registry entry of a person (INDIVIDUAL) or an organisation
 * (ORGANISATION); creating one also records a membership starting today unless told otherwise.
 */
@Allowed(Permission.VIEW_DIRECTORY)
@ApiController("/api/v1/members")
@Tag(name = "Members", description = "The members registry: persons and organisations, memberships, dues, workers")
class MemberApi {

    static final String KINDS = "INDIVIDUAL|ORGANISATION";
    static final String LANGUAGES = "fr|en";
    static final String ORGANISATION_KINDS = "NON_PROFIT|COOP|UNION|COMPANY|PUBLIC_BODY";
    static final String ENGAGEMENTS = "VOLUNTEER|FREELANCE|SALARIED";
    static final String METHODS = "CASH|CHEQUE|TRANSFER|PAYPAL|CARD|OTHER";
    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    /** Creation: kind, name, email (for a person) and language suffice. */
    record MemberInput(@NotBlank @Pattern(regexp = KINDS) String kind,
                       @NotBlank @Size(max = MemberRegistry.NAME_MAX) String name,
                       @Email(regexp = MemberRegistry.EMAIL_REGEX) @Size(max = MemberRegistry.EMAIL_MAX) String email,
                       @Pattern(regexp = LANGUAGES) String language,
                       @Size(max = MemberRegistry.PHONE_MAX) String phone,
                       @Size(max = MemberRegistry.ADDRESS_MAX) String address,
                       @Pattern(regexp = ORGANISATION_KINDS) String organisationKind,
                       Long representativeId,
                       String memberSince,
                       Boolean membership) {}

    /** A partial update: absent (or null) fields are left as they are; "" clears phone, address, an organisation's e-mail. */
    record MemberPatch(@Pattern(regexp = KINDS) String kind,
                       @Size(min = 1, max = MemberRegistry.NAME_MAX) String name,
                       @Email(regexp = MemberRegistry.EMAIL_REGEX) @Size(max = MemberRegistry.EMAIL_MAX) String email,
                       @Pattern(regexp = LANGUAGES) String language,
                       @Size(max = MemberRegistry.PHONE_MAX) String phone,
                       @Size(max = MemberRegistry.ADDRESS_MAX) String address,
                       @Pattern(regexp = ORGANISATION_KINDS) String organisationKind,
                       Long representativeId,
                       Integer version) {}

    record MembershipInput(@NotBlank String since, String until) {}

    record EndInput(@NotBlank String until) {}

    record DuesInput(@jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Min(1900)
                     @jakarta.validation.constraints.Max(9999) Integer fiscalYear,
                     @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.PositiveOrZero
                     @jakarta.validation.constraints.Digits(integer = 17, fraction = 2) BigDecimal amount,
                     @NotBlank String paidOn,
                     @NotBlank @Pattern(regexp = METHODS) String method) {}

    record EngagementInput(@NotBlank @Pattern(regexp = ENGAGEMENTS) String engagement,
                           @NotBlank String since, String until) {}

    private final MemberRegistry registry;
    private final SpringValidatorAdapter validator;

    MemberApi(MemberRegistry registry, jakarta.validation.Validator validator) {
        this.registry = registry;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping
    @Operation(summary = "List members; q searches names and e-mails; filters: kind, goodStanding, worker")
    List<MemberView> list(@RequestParam(required = false) String q, @RequestParam(required = false) MemberKind kind,
                          @RequestParam(required = false) Boolean goodStanding,
                          @RequestParam(required = false) Boolean worker) {
        return registry.search(new MemberRegistry.Criteria(q, kind, goodStanding, worker)).stream()
                .map(l -> MemberJson.member(registry, l)).toList();
    }

    @Allowed(Permission.MANAGE_MEMBERS)
    @PostMapping
    @Operation(summary = "Register a person or an organisation as a member (membership from today unless memberSince is given, none if membership is false)")
    ResponseEntity<MemberView> create(@RequestBody MemberInput body) throws BindException {
        var errors = new BeanPropertyBindingResult(body, "memberInput");
        validator.validate(body, errors);
        LocalDate since = MemberJson.date(body.memberSince(), "memberSince", errors);
        if ("INDIVIDUAL".equals(body.kind()) && MemberJson.blankToNull(body.email()) == null && !errors.hasFieldErrors("email")) {
            errors.rejectValue("email", "members.email.required");
        }
        if ("ORGANISATION".equals(body.kind()) && MemberJson.blankToNull(body.organisationKind()) == null) {
            errors.rejectValue("organisationKind", "members.organisation-kind.required");
        }
        if ("INDIVIDUAL".equals(body.kind()) && (body.organisationKind() != null || body.representativeId() != null)) {
            errors.reject("members.individual.no-organisation-fields");
        }
        if (errors.hasErrors()) throw new BindException(errors);
        MemberKind kind = MemberKind.valueOf(body.kind());
        EntryData data = new EntryData(kind, body.name(), body.email(), body.phone(), body.language(), body.address(),
                body.organisationKind() == null ? null : OrganisationKind.valueOf(body.organisationKind()),
                body.representativeId());
        boolean withMembership = body.membership() == null || body.membership();
        long id = registry.createMember(data, withMembership ? (since == null ? registry.today() : since) : null);
        return ResponseEntity.created(URI.create("/api/v1/members/" + id)).body(view(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One member")
    MemberView read(@PathVariable long id) {
        return view(id);
    }

    @Allowed(Permission.MANAGE_MEMBERS)
    @PatchMapping("/{id}")
    @Operation(summary = "Change some fields of a member (version, if given, must be the current one)")
    MemberView update(@PathVariable long id, @RequestBody MemberPatch body) throws BindException {
        var errors = new BeanPropertyBindingResult(body, "memberPatch");
        validator.validate(body, errors);
        if (errors.hasErrors()) throw new BindException(errors);
        RegistryEntry current = registry.require(id);
        EntryData d = new EntryData(body.kind() == null ? null : MemberKind.valueOf(body.kind()),
                body.name() == null ? current.name() : body.name(),
                body.email() == null ? current.email() : body.email(),
                body.phone() == null ? current.phone() : body.phone(),
                body.language() == null ? current.language() : body.language(),
                body.address() == null ? current.address() : body.address(),
                body.organisationKind() == null ? current.organisationKind() : OrganisationKind.valueOf(body.organisationKind()),
                body.representativeId() == null ? current.representativeId() : body.representativeId());
        registry.update(id, d, body.version());
        return view(id);
    }

    @GetMapping("/{id}/memberships")
    @Operation(summary = "The memberships of a member, latest first")
    List<MembershipView> memberships(@PathVariable long id) {
        registry.require(id);
        return registry.memberships(id).stream().map(m -> MembershipView.of(m, registry.today())).toList();
    }

    @Allowed(Permission.MANAGE_MEMBERS)
    @PostMapping("/{id}/memberships")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a membership (since, until)")
    MembershipView addMembership(@PathVariable long id, @RequestBody MembershipInput body) throws BindException {
        var errors = new BeanPropertyBindingResult(body, "membershipInput");
        validator.validate(body, errors);
        LocalDate since = MemberJson.date(body.since(), "since", errors);
        LocalDate until = MemberJson.date(body.until(), "until", errors);
        if (errors.hasErrors()) throw new BindException(errors);
        long mid = registry.recordMembership(new MemberRegistration.RecordMembership(registry.require(id).kind(), id, since, until));
        return registry.memberships(id).stream().filter(m -> m.id() == mid).findFirst()
                .map(m -> MembershipView.of(m, registry.today())).orElseThrow();
    }

    @Allowed(Permission.MANAGE_MEMBERS)
    @PostMapping("/{id}/memberships/{membershipId}/end")
    @Operation(summary = "End a membership on a day (included)")
    MembershipView endMembership(@PathVariable long id, @PathVariable long membershipId, @RequestBody EndInput body)
            throws BindException {
        var errors = new BeanPropertyBindingResult(body, "endInput");
        validator.validate(body, errors);
        LocalDate until = MemberJson.date(body.until(), "until", errors);
        if (errors.hasErrors()) throw new BindException(errors);
        if (registry.memberships(id).stream().noneMatch(m -> m.id() == membershipId)) {
            throw new org.fourmiliere.shared.Problems.NotFound("members.membership.not-found", membershipId);
        }
        registry.endMembership(membershipId, until);
        return registry.memberships(id).stream().filter(m -> m.id() == membershipId).findFirst()
                .map(m -> MembershipView.of(m, registry.today())).orElseThrow();
    }

    @GetMapping("/{id}/dues")
    @Operation(summary = "The dues of a member, latest fiscal year first")
    List<DuesView> dues(@PathVariable long id) {
        registry.require(id);
        return registry.dues(id).stream().map(DuesView::of).toList();
    }

    @Allowed(Permission.MANAGE_MEMBERS)
    @PostMapping("/{id}/dues")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the dues of a fiscal year (named by the year it ends: 2027 is 2026-27), in CAD")
    DuesView addDues(@PathVariable long id, @RequestBody DuesInput body) throws BindException {
        var errors = new BeanPropertyBindingResult(body, "duesInput");
        validator.validate(body, errors);
        LocalDate paidOn = MemberJson.date(body.paidOn(), "paidOn", errors);
        if (errors.hasErrors()) throw new BindException(errors);
        long did = registry.recordDues(new MemberRegistration.RecordDues(id,
                new FiscalYear(body.fiscalYear(), registry.fiscalStart()), Money.of(body.amount(), Money.CAD), paidOn,
                DuesMethod.valueOf(body.method())));
        return registry.dues(id).stream().filter(d -> d.id() == did).findFirst().map(DuesView::of).orElseThrow();
    }

    @GetMapping("/{id}/engagements")
    @Operation(summary = "The worker engagements of a person, latest first")
    List<WorkerView> engagements(@PathVariable long id) {
        registry.require(id);
        return registry.engagements(id).stream().map(WorkerView::of).toList();
    }

    @Allowed(Permission.MANAGE_MEMBERS)
    @PostMapping("/{id}/engagements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Engage a person as a worker (VOLUNTEER, FREELANCE or SALARIED)")
    WorkerView engage(@PathVariable long id, @RequestBody EngagementInput body) throws BindException {
        var errors = new BeanPropertyBindingResult(body, "engagementInput");
        validator.validate(body, errors);
        LocalDate since = MemberJson.date(body.since(), "since", errors);
        LocalDate until = MemberJson.date(body.until(), "until", errors);
        if (errors.hasErrors()) throw new BindException(errors);
        long eid = registry.engageWorker(new MemberRegistration.EngageWorker(id, Engagement.valueOf(body.engagement()),
                since, until));
        return registry.engagements(id).stream().filter(e -> e.id() == eid).findFirst().map(WorkerView::of).orElseThrow();
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Who changed what and when, newest first")
    List<EventView> history(@PathVariable long id) {
        registry.require(id);
        return registry.history(id).stream().map(EventView::of).toList();
    }

    private MemberView view(long id) {
        return MemberJson.member(registry, registry.describe(registry.require(id)));
    }
}
