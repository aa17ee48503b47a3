package org.fourmiliere.governance.internal.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The commands that change the decision register, checked once by bean validation and by the rules of {@link Decision}. */
public final class DecisionCommands {

    private DecisionCommands() {}

    /**
     * What is decided. For a vote, the three lists name the voters; for a consensus at a meeting, those present are
     * kept. {@code decidedOn} is the meeting's day (or today) when null; {@code status} is ADOPTED when null.
     */
    public record RecordDecision(
            @NotNull @Positive Long bodyId,
            @Positive Long meetingId,
            LocalDate decidedOn,
            @NotBlank @Size(max = 20000) String text,
            @NotNull Decision.HowTaken how,
            List<@NotNull @Positive Long> votersFor,
            List<@NotNull @Positive Long> votersAgainst,
            List<@NotNull @Positive Long> votersAbstaining,
            Decision.Status status,
            @Size(max = 20) List<@Size(max = 40) String> tags,
            Boolean isPublic) {}

    /** A decision of a higher body reverses this one. */
    public record Reverse(@NotNull @Positive Long reversedBy) {}
}
