package org.fourmiliere.timesheets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.AnySignedIn;
import org.fourmiliere.shared.web.ApiController;
import org.fourmiliere.shared.web.IdempotentRequests;
import org.fourmiliere.timesheets.ActivityKind;
import org.fourmiliere.timesheets.internal.Activities;
import org.fourmiliere.timesheets.internal.TimeReports;
import org.fourmiliere.timesheets.web.Views.ActivityView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/** Activities: contracts, projects, internal activities, committees, meetings. */
@AnySignedIn
@ApiController("/api/v1/activities")
@Tag(name = "Activities", description = "What time is spent on")
class ActivityApi {

    record NewActivity(@NotBlank @Size(max = 80) String code, @Size(max = 200) String name, @NotBlank String kind,
                       Boolean billable, @DecimalMin("0") BigDecimal budgetHours, Long organisationId) {}

    private final Activities activities;
    private final TimeReports reports;
    private final IdempotentRequests idempotent;

    ActivityApi(Activities activities, TimeReports reports, IdempotentRequests idempotent) {
        this.activities = activities;
        this.reports = reports;
        this.idempotent = idempotent;
    }

    @GetMapping
    @Operation(summary = "Every activity, with the minutes spent on it")
    List<ActivityView> list() {
        Map<Long, Long> spent = reports.budgets().stream()
                .collect(Collectors.toMap(b -> b.activity().id(), TimeReports.Budget::minutes));
        return activities.all().stream().map(a -> ActivityView.of(a, spent.get(a.id()))).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One activity, with the minutes spent against its budget")
    ActivityView one(@PathVariable String code) {
        var a = activities.byCode(code).orElseThrow(() -> new Problems.NotFound("time.activity.not-found"));
        return ActivityView.of(a, reports.budget(a).minutes());
    }

    @Allowed(Permission.TRACK_TIME)
    @PostMapping
    @Operation(summary = "Create an activity (Idempotency-Key accepted)")
    ResponseEntity<?> create(@Valid @RequestBody NewActivity body,
                             @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        ActivityKind kind = ActivityKind.parse(body.kind())
                .orElseThrow(() -> new Problems.InvalidInput("kind", "time.activity.kind.invalid"));
        Long budget = body.budgetHours() == null ? null
                : body.budgetHours().multiply(BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        return idempotent.once(Me.account(), key, "POST /api/v1/activities " + body, () -> {
            var a = activities.create(new Activities.NewActivity(body.code(), body.name(), kind, body.organisationId(),
                    null, body.billable() == null ? kind == ActivityKind.CONTRACT || kind == ActivityKind.PROJECT
                    : body.billable(), budget));
            return ResponseEntity.status(HttpStatus.CREATED).body(ActivityView.of(a, 0L));
        });
    }
}
