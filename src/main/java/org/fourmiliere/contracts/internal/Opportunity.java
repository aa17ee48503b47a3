package org.fourmiliere.contracts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.fourmiliere.contracts.ServiceKind;
import org.fourmiliere.contracts.Stage;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;

/**
 * A piece of work the collective may get: a client, a service, an estimate in hours and money, a stage, a chance to
 * win, the day a decision is expected, the team that owns it. Its weighted value is the estimate × the chance.
 */
public record Opportunity(long id, String title, Long customerId, String clientName, ServiceKind service,
                          Long estimateMinutes, Money estimate, Stage stage, int chance, LocalDate expectedDecision,
                          Long teamId, String notes, String lostReason, LocalDate createdOn) {

    /** The estimate × the chance, rounded half up to the cent. */
    public Money weighted() {
        return estimate.multipliedBy(BigDecimal.valueOf(chance).movePointLeft(2), RoundingMode.HALF_UP);
    }

    public boolean open() {
        return stage.open();
    }

    /** An open opportunity whose decision day has passed on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return open() && expectedDecision != null && expectedDecision.isBefore(today);
    }

    /**
     * Moves it to a stage. A closed one (won, lost, abandoned) moves no more; a lost one says why; won is 100 %,
     * lost or abandoned 0 %; otherwise the chance given, or the one it had.
     */
    public Opportunity movedTo(Stage to, Integer chanceOrNull, String reason, LocalDate decisionOrNull) {
        if (!open()) throw new Problems.Conflict("stage", "contracts.opportunity.closed", stage.name());
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (to == Stage.LOST && why == null) throw new Problems.InvalidInput("lostReason", "contracts.opportunity.lost-reason");
        int c = switch (to) {
            case WON -> 100;
            case LOST, ABANDONED -> 0;
            default -> chanceOrNull == null ? chance : chanceOrNull;
        };
        if (c < 0 || c > 100) throw new Problems.InvalidInput("chance", "contracts.opportunity.chance");
        return new Opportunity(id, title, customerId, clientName, service, estimateMinutes, estimate, to, c,
                decisionOrNull == null ? expectedDecision : decisionOrNull, teamId, notes,
                to == Stage.LOST ? why : lostReason, createdOn);
    }
}
