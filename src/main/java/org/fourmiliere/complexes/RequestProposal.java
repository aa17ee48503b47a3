package org.fourmiliere.complexes;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Ask the solver for an assignment of the period [from, to) (to exclusive). */
public record RequestProposal(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}
