package org.fourmiliere.governance.web.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.governance.internal.eligibility.EligibilityCommands;
import org.fourmiliere.governance.internal.eligibility.EligibilityService;
import org.fourmiliere.governance.internal.eligibility.EligibilityService.Result;
import org.fourmiliere.governance.internal.eligibility.EligibilitySettings;
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

    record ResultView(Long verificationId, LocalDate asOf, long personId, String status, String previous,
                      boolean changed, int committees, int reflections, long firstMonthMinutes, long secondMonthMinutes,
                      List<ReasonView> reasons) {}

    record SettingsView(int minCommittees, int minReflections, int minMonthlyHours, int warningHours,
                        int probationMonths) {
        static SettingsView of(EligibilitySettings s) {
            return new SettingsView(s.minCommittees(), s.minReflections(), s.minMonthlyHours(), s.warningHours(),
                    s.probationMonths());
        }
    }

    record ComputationView(LocalDate asOf, LocalDate windowFrom, LocalDate windowTo, SettingsView settings,
                           List<ResultView> results) {}

    record VerificationView(long id, LocalDate asOf, Instant runAt, String runBy, String trigger, int persons,
                            int changes, long durationMs) {
        static VerificationView of(EligibilityService.Verification v) {
            return new VerificationView(v.id(), v.asOf(), v.runAt(), v.runBy(), v.trigger().name(), v.persons(),
                    v.changes(), v.durationMs());
        }
    }

    record ExceptionView(long id, long personId, String reason, LocalDate from, LocalDate to, String grantedBy) {
        static ExceptionView of(EligibilityService.ExceptionGrant g) {
            return new ExceptionView(g.id(), g.personId(), g.reason(), g.from(), g.to(), g.grantedBy());
        }
    }

    record AdmissionView(long id, long personId, LocalDate candidateSince, LocalDate confirmedOn, String confirmedBy,
                         LocalDate reversedOn, String reversedBy, String reversalReason) {
        static AdmissionView of(EligibilityService.AdmissionView a) {
            return new AdmissionView(a.id(), a.personId(), a.candidateSince(), a.confirmedOn(), a.confirmedBy(),
                    a.reversedOn(), a.reversedBy(), a.reversalReason());
        }
    }

    private final EligibilityService eligibility;
    private final ReasonTexts texts;

    EligibilityApi(EligibilityService eligibility, ReasonTexts texts) {
        this.eligibility = eligibility;
        this.texts = texts;
    }

    @GetMapping
    @Operation(summary = "Every person's status computed as of a day (default today), with reasons; nothing is saved")
    ComputationView compute(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        var c = eligibility.compute(at == null ? LocalDate.now(eligibility.clock()) : at);
        return new ComputationView(c.asOf(), c.window().from(), c.window().to(), SettingsView.of(c.settings()),
                c.results().stream().map(this::view).toList());
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/verifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Run and record a verification (as of today unless asOf is given)")
    VerificationView run(@Valid @RequestBody(required = false) EligibilityCommands.RunVerification c) {
        LocalDate asOf = c == null || c.asOf() == null ? LocalDate.now(eligibility.clock()) : c.asOf();
        return VerificationView.of(eligibility.verify(asOf, EligibilityService.Trigger.ON_DEMAND));
    }

    @GetMapping("/verifications")
    List<VerificationView> verifications() {
        return eligibility.verifications(100).stream().map(VerificationView::of).toList();
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
    SettingsView getSettings() {
        return SettingsView.of(eligibility.settings());
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PutMapping("/settings")
    SettingsView putSettings(@Valid @RequestBody EligibilitySettings s) {
        return SettingsView.of(eligibility.updateSettings(s));
    }

    @Allowed(Permission.VOTE_WORK_COMMITTEE)
    @PostMapping("/exceptions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The work committee grants an exception (a justified absence) over a period")
    ExceptionView grant(@Valid @RequestBody EligibilityCommands.GrantException c) {
        return ExceptionView.of(eligibility.grantException(c));
    }

    @PostMapping("/persons/{personId}/confirmation")
    @Operation(summary = "A member of the hiring committee confirms a candidate's acceptance")
    AdmissionView confirm(@PathVariable long personId) {
        return AdmissionView.of(eligibility.confirm(personId));
    }

    @PostMapping("/persons/{personId}/reversal")
    @Operation(summary = "A member of the board reverses an admission; the person leaves the work committee at once")
    AdmissionView reverse(@PathVariable long personId, @Valid @RequestBody(required = false) EligibilityCommands.Reverse c) {
        return AdmissionView.of(eligibility.reverse(personId, c == null ? null : c.reason()));
    }

    private ResultView view(Result r) {
        return new ResultView(r.verificationId(), r.asOf(), r.personId(), r.status().name(), r.previous().name(), r.changed(),
                r.committees(), r.reflections(), r.firstMonthMinutes(), r.secondMonthMinutes(),
                r.reasons().stream().map(x -> new ReasonView(x.code(), x.met(), x.args(), texts.text(x))).toList());
    }
}
