package org.fourmiliere.roles.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.roles.AddHolder;
import org.fourmiliere.roles.EndHolder;
import org.fourmiliere.roles.internal.RoleService;
import org.fourmiliere.roles.web.RoleViews.RoleView;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The roles over HTTP. Reading needs VIEW_DIRECTORY (on the class), changing holders MANAGE_BODIES (on the
 * method). Commands are validated here, once ({@code @Valid}); refusals become problem details ({@code ApiProblems}).
 */
@Allowed(Permission.VIEW_DIRECTORY)
@ApiController("/api/v1/roles")
@Tag(name = "Roles", description = "Roles (sets of tasks with a yearly budget) and who holds them (§5)")
class RolesApi {

    private final RoleService roles;
    private final RoleViews views;

    RolesApi(RoleService roles, RoleViews views) {
        this.roles = roles;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "Every role with its budget and holders (current and former)")
    List<RoleView> list() {
        return views.all();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One role")
    RoleView read(@PathVariable String code) {
        return views.one(code);
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/{code}/holders")
    @Operation(summary = "A person starts holding the role (today by default)")
    ResponseEntity<RoleView> addHolder(@PathVariable String code, @Valid @RequestBody AddHolder command) {
        roles.addHolder(code, command);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.one(code));
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/{code}/holders/{holderId}/end")
    @Operation(summary = "A holder stops holding the role on a day (today by default)")
    RoleView endHolder(@PathVariable String code, @PathVariable long holderId,
                       @Valid @RequestBody(required = false) EndHolder command) {
        roles.endHolder(code, holderId, command);
        return views.one(code);
    }

    @GetMapping("/{code}/history")
    @Operation(summary = "Who changed what and when")
    List<AuditTrail.Event> history(@PathVariable String code) {
        return roles.history(code);
    }
}
