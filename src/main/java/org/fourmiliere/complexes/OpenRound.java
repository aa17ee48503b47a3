package org.fourmiliere.complexes;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The work committee opens a rating round today; it closes at the start of {@code closesOn}. */
public record OpenRound(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn, @Size(max = 500) String note) {}
