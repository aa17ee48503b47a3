package org.fourmiliere.budgets.internal;

import java.time.Instant;
import org.fourmiliere.shared.Problems;

/**
 * A budget of one fiscal year (numbered by the calendar year it ends in). Its lines change only while it is a draft;
 * it is proposed, then adopted by a decision of the register (linked), which supersedes the year's adopted budget
 * before it; an adopted budget is changed by a revision: a new draft, the next version, that is adopted in its turn.
 */
public record Budget(long id, int fiscalYear, String name, Status status, int version, Long revisesId, Long decisionId,
                     boolean isPublic, String note, Instant createdAt) {

    public enum Status { DRAFT, PROPOSED, ADOPTED, SUPERSEDED }

    public void requireDraft() {
        if (status != Status.DRAFT) throw new Problems.Conflict("status", "budgets.not-draft");
    }

    /** The status a budget may move to from its own: draft ↔ proposed, proposed → adopted. */
    public void requireMove(Status to) {
        boolean ok = switch (to) {
            case DRAFT -> status == Status.PROPOSED;
            case PROPOSED -> status == Status.DRAFT;
            case ADOPTED -> status == Status.PROPOSED;
            case SUPERSEDED -> false;
        };
        if (!ok) throw new Problems.Conflict("status", "budgets.status.move", status, to);
    }
}
