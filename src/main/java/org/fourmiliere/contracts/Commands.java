package org.fourmiliere.contracts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.sales.ClientKind;
import org.springframework.format.annotation.DateTimeFormat;

/** The module's input contract: the API's JSON bodies, validated once at the web edge. */
public final class Commands {

    private Commands() {}

    /** An hourly rate of the grid for a service and a kind of client, in force from a day until the next one. */
    public record NewRate(@NotNull ServiceKind service, @NotNull ClientKind clientKind,
                          @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                          @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal hourly) {}

    /**
     * A partner agreement: a worker ({@code personId}) or an organisation ({@code organisationId}) gets a preferential
     * {@code hourly} rate or a {@code discountPercent} off the grid, on one service (or all), from a day until
     * {@code validUntil} (exclusive; null: open).
     */
    public record NewPartner(@NotBlank @Size(max = 200) String name, Long personId, Long organisationId, ServiceKind service,
                             @Positive @Digits(integer = 15, fraction = 2) BigDecimal hourly,
                             @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
                             @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil) {}

    /** A line of a quote priced from the grid: hours of a service. */
    public record GridLine(@NotNull ServiceKind service, @NotNull @Positive @Digits(integer = 8, fraction = 2) BigDecimal hours,
                           @Size(max = 1000) String description) {}

    /** A quote whose lines take their price from the grid (and the customer's partner agreement) on its date. */
    public record GridQuote(@NotNull Long customerId, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                            @NotEmpty @Size(max = 100) List<@Valid GridLine> lines, @Size(max = 2000) String note) {}

    /** An opportunity: a customer of sales or a client's name, a service, an estimate, a team, a decision date. */
    public record NewOpportunity(@NotBlank @Size(max = 200) String title, Long customerId, @Size(max = 200) String clientName,
                                 @NotNull ServiceKind service,
                                 @PositiveOrZero @Digits(integer = 8, fraction = 2) BigDecimal estimateHours,
                                 @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal estimateAmount,
                                 @Min(0) @Max(100) Integer chance,
                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedDecision,
                                 Long teamId, @Size(max = 4000) String notes) {}

    /** Moves an opportunity to a stage; the chance may change with it; a lost one says why. */
    public record MoveStage(@NotNull Stage stage, @Min(0) @Max(100) Integer chance, @Size(max = 1000) String lostReason,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedDecision) {}

    /**
     * A contract from a won opportunity ({@code opportunityId}) or an accepted quote (its order, {@code documentId}),
     * or directly for a customer. Time and materials need an hourly rate (the grid's when none is given).
     */
    public record NewContract(Long opportunityId, Long documentId, Long customerId, @Size(max = 80) String code,
                              @Size(max = 200) String title, ServiceKind service, @NotNull BillingMode mode,
                              @Positive @Digits(integer = 15, fraction = 2) BigDecimal hourly,
                              @PositiveOrZero @Digits(integer = 8, fraction = 2) BigDecimal budgetHours,
                              @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal budgetAmount,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
                              Long teamId, Long freelancerId,
                              @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal sharePercent) {}

    /** A milestone of a fixed-price contract: what is billed when it is reached. */
    public record NewMilestone(@NotBlank @Size(max = 200) String label,
                               @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount) {}

    /** How the hours become invoice lines: one line per activity, or one per worker and day. */
    public enum Grouping { ACTIVITY, WORKER_DAY }

    /** Issues the invoice of the hours of a period (both days included), dated {@code date} (the period's end by default). */
    public record BillHours(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            Grouping grouping,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {}
}
