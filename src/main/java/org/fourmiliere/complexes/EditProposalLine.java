package org.fourmiliere.complexes;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** The committee changes one line of a proposal before accepting it: the hours of a task given to a person (0: none). */
public record EditProposalLine(@NotNull Long taskId, @NotNull Long personId, @NotNull @PositiveOrZero @DecimalMax("99999.99") @Digits(integer = 5, fraction = 2) BigDecimal hours) {}
