package org.fourmiliere.governance.internal.decisions;

import java.util.Optional;
import org.fourmiliere.governance.Decisions;
import org.fourmiliere.shared.Problems;
import org.springframework.stereotype.Component;

/** {@link Decisions} from the register. */
@Component
class DecisionLookup implements Decisions {

    private final DecisionRegister register;

    DecisionLookup(DecisionRegister register) {
        this.register = register;
    }

    @Override
    public Optional<DecisionRef> decision(long id) {
        try {
            Decision d = register.get(id);
            return Optional.of(new DecisionRef(d.id(), d.bodyId(), d.decidedOn(), d.status().name(), d.text()));
        } catch (Problems.NotFound e) {
            return Optional.empty();
        }
    }
}
