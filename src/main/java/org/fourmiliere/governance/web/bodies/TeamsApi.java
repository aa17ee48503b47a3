package org.fourmiliere.governance.web.bodies;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.shared.web.ApiController;

@ApiController("/api/v1/teams")
@Tag(name = "Teams", description = "Teams of workers by field and their members (§2)")
class TeamsApi extends BodyApi {

    TeamsApi(BodyService bodies, BodyViews views) {
        super(bodies, views);
    }

    @Override
    BodyKind kind() {
        return BodyKind.TEAM;
    }
}
