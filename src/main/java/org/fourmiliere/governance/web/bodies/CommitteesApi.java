package org.fourmiliere.governance.web.bodies;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.shared.web.ApiController;

@ApiController("/api/v1/committees")
@Tag(name = "Committees", description = "Permanent and ad hoc committees, their mandate, coordinator and members (§2)")
class CommitteesApi extends BodyApi {

    CommitteesApi(BodyService bodies, BodyViews views) {
        super(bodies, views);
    }

    @Override
    BodyKind kind() {
        return BodyKind.COMMITTEE;
    }
}
