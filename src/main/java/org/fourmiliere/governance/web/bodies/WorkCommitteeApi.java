package org.fourmiliere.governance.web.bodies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.internal.bodies.Body;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.governance.web.bodies.BodyViews.BodyView;
import org.fourmiliere.shared.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;

/** Every body at a glance, and the work committee's members (who are set by the eligibility verification). */
@Allowed(Permission.VIEW_DIRECTORY)
@ApiController("/api/v1")
@Tag(name = "Bodies", description = "All the bodies of the collective (§2)")
class WorkCommitteeApi {

    private final BodyService bodies;
    private final BodyViews views;

    WorkCommitteeApi(BodyService bodies, BodyViews views) {
        this.bodies = bodies;
        this.views = views;
    }

    @GetMapping("/bodies")
    @Operation(summary = "Every body: general assembly, board, work committee, committees and teams")
    List<BodyView> all() {
        var today = bodies.today();
        return bodies.all().stream().map(b -> views.body(b, bodies.memberships(b.id()), today)).toList();
    }

    @GetMapping("/work-committee")
    @Operation(summary = "The work committee and its current members")
    BodyView workCommittee() {
        Body wc = bodies.the(BodyKind.WORK_COMMITTEE);
        return views.body(wc, bodies.memberships(wc.id()), bodies.today());
    }
}
