package org.fourmiliere.governance;

import java.time.LocalDate;
import java.util.Optional;

/** A decision of the register as another module links to it (an adopted budget names the decision that adopted it). */
public interface Decisions {

    /** @param status ADOPTED, REJECTED, POSTPONED or REVERSED */
    record DecisionRef(long id, long bodyId, LocalDate decidedOn, String status, String text) {}

    Optional<DecisionRef> decision(long id);
}
