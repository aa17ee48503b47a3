package org.fourmiliere.governance.web.bodies;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.internal.bodies.Body;
import org.fourmiliere.governance.internal.bodies.BodyCommands;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.governance.web.bodies.BodyViews.BodyView;
import org.fourmiliere.shared.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The JSON API shared by committees and teams; each subclass gives its kind and its path. Its access covers both. */
@Allowed(Permission.MANAGE_BODIES)
abstract class BodyApi {

    /** A new committee or team. */
    record NewBody(
            @BodyCommands.Code String code,
            @BodyCommands.Name String nameFr,
            @BodyCommands.Name String nameEn,
            Boolean permanent,
            @BodyCommands.Mandate String mandate,
            LocalDate createdOn,
            @Positive Long coordinatorId,
            List<@NotNull @Positive Long> memberIds) {}

    record Departure(LocalDate on, @Size(max = 500) String note) {}

    protected final BodyService bodies;
    protected final BodyViews views;

    BodyApi(BodyService bodies, BodyViews views) {
        this.bodies = bodies;
        this.views = views;
    }

    abstract BodyKind kind();

    @Allowed(Permission.VIEW_DIRECTORY)
    @GetMapping
    @Operation(summary = "List them; active=false also lists the dissolved ones")
    List<BodyView> list(@RequestParam(defaultValue = "true") boolean active) {
        var today = bodies.today();
        return bodies.ofKind(kind()).stream().filter(b -> !active || b.activeOn(today))
                .map(b -> views.body(b, bodies.memberships(b.id()), today)).toList();
    }

    @PostMapping
    @Operation(summary = "Create one, with its coordinator and members (they join on the creation day)")
    ResponseEntity<BodyView> create(@Valid @RequestBody NewBody n) {
        long id = bodies.create(new BodyCommands.CreateBody(kind(), n.code(), n.nameFr(), n.nameEn(), n.permanent(),
                n.mandate(), n.createdOn(), n.coordinatorId(), n.memberIds()));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(read(id));
    }

    @Allowed(Permission.VIEW_DIRECTORY)
    @GetMapping("/{id}")
    @Operation(summary = "Read one, with its current and former members")
    BodyView read(@PathVariable long id) {
        Body b = bodies.get(id, kind());
        return views.body(b, bodies.memberships(id), bodies.today());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change names, permanence, mandate text or coordinator")
    BodyView update(@PathVariable long id, @Valid @RequestBody BodyCommands.UpdateBody u) {
        bodies.get(id, kind());
        bodies.update(id, u);
        return read(id);
    }

    @PostMapping("/{id}/dissolution")
    @Operation(summary = "Dissolve it on a day (today by default); its memberships end that day")
    BodyView dissolve(@PathVariable long id, @Valid @RequestBody(required = false) BodyCommands.Dissolve d) {
        bodies.get(id, kind());
        bodies.dissolve(id, d);
        return read(id);
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "A person joins (today by default)")
    ResponseEntity<BodyView> join(@PathVariable long id, @Valid @RequestBody BodyCommands.Join j) {
        bodies.get(id, kind());
        bodies.join(id, j.personId(), j.since(), j.note());
        return ResponseEntity.status(HttpStatus.CREATED).body(read(id));
    }

    @PostMapping("/{id}/members/{personId}/departure")
    @Operation(summary = "A person leaves on a day (today by default): from that day on, not a member")
    BodyView leave(@PathVariable long id, @PathVariable long personId, @Valid @RequestBody(required = false) Departure d) {
        bodies.get(id, kind());
        bodies.leave(id, personId, d == null ? null : d.on(), d == null ? null : d.note());
        return read(id);
    }

    @Allowed(Permission.VIEW_DIRECTORY)
    @GetMapping("/{id}/history")
    @Operation(summary = "Who changed what and when")
    List<AuditTrail.Event> history(@PathVariable long id) {
        bodies.get(id, kind());
        return bodies.history(id);
    }
}
