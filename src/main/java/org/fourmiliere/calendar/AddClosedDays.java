package org.fourmiliere.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The collective closes a day or a run of days, both ends included ({@code lastDay} the same as {@code firstDay}
 * when null). The body of {@code POST /api/v1/business-calendar/closed-days} and the form of the page alike.
 */
public record AddClosedDays(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
        @NotBlank @Size(max = 200) String label) {}
