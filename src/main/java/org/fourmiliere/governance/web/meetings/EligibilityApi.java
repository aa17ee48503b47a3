package org.fourmiliere.governance.web.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.governance.internal.eligibility.EligibilityService;
import org.fourmiliere.governance.internal.eligibility.EligibilityService.Result;
import org.fourmiliere.governance.internal.eligibility.EligibilitySettings;
import org.fourmiliere.governance.internal.eligibility.EligibilitySettingsStore;
import org.fourmiliere.governance.internal.eligibility.EligibilityStatus;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.AnySignedIn;
import org.fourmiliere.shared.web.ApiController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Work-committee eligibility (§4): computed as of a day, verifications recorded, the acts of the bodies. */
@Allowed(Permission.TAKE_PART)
@ApiController("/api/v1/eligibility")
@Tag(name = "Eligibility", description = "Work-committee eligibility computed from attendance and hours")
class EligibilityApi {

    record ReasonView(String code, boolean met, List<String> values, String text) {}

    record ResultView(Long verificationId, LocalDate asOf, long personId, EligibilityStatus status,
                      EligibilityStatus previous, boolean changed, int committees, int reflections,
                      long firstMonthMinutes, long secondMonthMinutes, List<ReasonView> reasons) {}

    record ComputationView(LocalDate asOf, LocalDate windowFrom, LocalDate windowTo, EligibilitySettings settings,
                           List<ResultView> results) {}

    record RunVerification(LocalDate asOf) {}

    record GrantException(@NotNull @Positive Long personId, @NotBlank @Size(max = 2000) String reason,
                          @NotNull LocalDate from, @NotNull LocalDate to) {}

    record Reversal(@Size(max = 2000) String reason) {}

    private final EligibilityService eligibility;
    private final EligibilitySettingsStore settings;
    private final ReasonTexts texts;

    EligibilityApi(EligibilityService eligibility, EligibilitySettingsStore settings, ReasonTexts texts) {
        this.eligibility = eligibility;
        this.settings = settings;
        this.texts = texts;
    }

    @GetMapping
    @Operation(summary = "Every person's status computed as of a day (default today), with reasons; nothing is saved")
    ComputationView compute(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        var c = eligibility.compute(at == null ? LocalDate.now(eligibility.clock()) : at);
        return new ComputationView(c.asOf(), c.window().from(), c.window().to(), c.settings(),
                c.results().stream().map(this::view).toList());
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/verifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Run and record a verification (as of today unless asOf is given)")
    EligibilityService.Verification run(@RequestBody(required = false) RunVerification c) {
        LocalDate asOf = c == null || c.asOf() == null ? LocalDate.now(eligibility.clock()) : c.asOf();
        return eligibility.verify(asOf, EligibilityService.Trigger.ON_DEMAND);
    }

    @GetMapping("/verifications")
    List<EligibilityService.Verification> verifications() {
        return eligibility.verifications(100);
    }

    @GetMapping("/verifications/{id}")
    List<ResultView> results(@PathVariable long id) {
        eligibility.verification(id).orElseThrow(() -> new Problems.NotFound("eligibility.verification.not-found", id));
        return eligibility.results(id).stream().map(this::view).toList();
    }

    @GetMapping("/persons/{personId}")
    @Operation(summary = "A person's recorded results, newest first, with reasons")
    List<ResultView> history(@PathVariable long personId) {
        return eligibility.history(personId).stream().map(this::view).toList();
    }

    @AnySignedIn
    @GetMapping("/me")
    @Operation(summary = "The caller's own recorded results")
    List<ResultView> mine() {
        Long person = SignedIn.require().personId();
        return person == null ? List.of() : eligibility.history(person).stream().map(this::view).toList();
    }

    @GetMapping("/settings")
    EligibilitySettings getSettings() {
        return settings.get();
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PutMapping("/settings")
    EligibilitySettings putSettings(@Valid @RequestBody EligibilitySettings s) {
        return settings.update(s);
    }

    @Allowed(Permission.VOTE_WORK_COMMITTEE)
    @PostMapping("/exceptions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The work committee grants an exception (a justified absence) over a period")
    EligibilityService.ExceptionGrant grant(@Valid @RequestBody GrantException c) {
        return eligibility.grantException(c.personId(), c.reason(), c.from(), c.to());
    }

    @PostMapping("/persons/{personId}/confirmation")
    @Operation(summary = "A member of the hiring committee confirms a candidate's acceptance")
    EligibilityService.AdmissionView confirm(@PathVariable long personId) {
        return eligibility.confirm(personId);
    }

    @PostMapping("/persons/{personId}/reversal")
    @Operation(summary = "A member of the board reverses an admission; the person leaves the work committee at once")
    EligibilityService.AdmissionView reverse(@PathVariable long personId, @Valid @RequestBody(required = false) Reversal c) {
        return eligibility.reverse(personId, c == null ? null : c.reason());
    }

    private ResultView view(Result r) {
        return new ResultView(r.verificationId(), r.asOf(), r.personId(), r.status(), r.previous(), r.changed(),
                r.committees(), r.reflections(), r.firstMonthMinutes(), r.secondMonthMinutes(),
                r.reasons().stream().map(x -> new ReasonView(x.code(), x.met(), x.args(), texts.text(x))).toList());
    }
}
