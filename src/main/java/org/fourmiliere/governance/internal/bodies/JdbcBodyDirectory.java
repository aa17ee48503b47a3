package org.fourmiliere.governance.internal.bodies;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.BodyRef;
import org.springframework.stereotype.Component;

/** The bodies as other modules see them. The board's members are the holders of its seats on that day. */
@Component
class JdbcBodyDirectory implements BodyDirectory {

    private final BodyStore store;

    JdbcBodyDirectory(BodyStore store) {
        this.store = store;
    }

    @Override
    public List<BodyRef> bodies() {
        return store.bodies().stream().map(Body::ref).toList();
    }

    @Override
    public Optional<BodyRef> body(long bodyId) {
        return store.body(bodyId).map(Body::ref);
    }

    @Override
    public BodyRef the(BodyKind singleton) {
        if (!Body.isSingleton(singleton)) throw new IllegalArgumentException(singleton + " is not a single body");
        return store.bodies(singleton).stream().findFirst().map(Body::ref)
                .orElseThrow(() -> new IllegalStateException("The migration creates the " + singleton));
    }

    @Override
    public List<Long> memberIds(long bodyId, LocalDate day) {
        Optional<Body> body = store.body(bodyId);
        if (body.isEmpty()) return List.of();
        Set<Long> ids = new LinkedHashSet<>();
        if (body.get().kind() == BodyKind.BOARD) {
            store.mandatesOn(day).forEach(m -> ids.add(m.personId()));
        } else {
            store.memberships(bodyId).stream().filter(m -> m.inForceOn(day)).forEach(m -> ids.add(m.personId()));
        }
        return List.copyOf(ids);
    }

    @Override
    public List<BodyRef> bodiesOf(long personId, LocalDate day) {
        Set<Long> bodyIds = new LinkedHashSet<>();
        store.membershipsOf(personId).stream().filter(m -> m.inForceOn(day)).forEach(m -> bodyIds.add(m.bodyId()));
        List<Body> all = store.bodies();
        if (store.holdsASeat(personId, day)) {
            all.stream().filter(b -> b.kind() == BodyKind.BOARD).forEach(b -> bodyIds.add(b.id()));
        }
        return all.stream().filter(b -> bodyIds.contains(b.id())).map(Body::ref).toList();
    }
}
