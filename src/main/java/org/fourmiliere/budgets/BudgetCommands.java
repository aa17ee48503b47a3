package org.fourmiliere.budgets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The budgets' input contract: the API's JSON bodies, validated once at the web edge. */
public final class BudgetCommands {

    private BudgetCommands() {}

    public enum CopyFrom { BUDGET, ACTUALS }

    public enum Granularity { YEAR, QUARTER, MONTH }

    public enum SpreadBy { EVEN, PROFILE }

    public enum Status { DRAFT, PROPOSED, ADOPTED }

    /** A new draft for a fiscal year (numbered by the year it ends in), empty or copied from last year. */
    public record NewBudget(@NotNull @Min(1990) @Max(2999) Integer fiscalYear, @NotBlank @Size(max = 200) String name,
                            CopyFrom copyFrom, @Size(max = 2000) String note) {}

    /**
     * An amount for an account (and department) over the year, a quarter (number 1–4 of the fiscal year) or a month
     * (number 1–12 of the fiscal year, 1 being its first month); a year or quarter is spread evenly or by last year's
     * monthly profile of the same line.
     */
    public record Entry(@NotBlank @Size(max = 20) String account, @Size(max = 40) String department,
                        @NotNull Granularity period, @Min(1) @Max(12) Integer number,
                        @NotNull @Digits(integer = 15, fraction = 2) BigDecimal amount, SpreadBy spread) {}

    public record Entries(@NotEmpty @Size(max = 5000) List<@Valid @NotNull Entry> entries) {}

    public record StatusChange(@NotNull Status status, Long decisionId) {}

    public record Visibility(@NotNull Boolean isPublic) {}

    /**
     * Seed 000 §3: growth per department code as a fraction (0.30 for +30 %), the subsidy, new salaried hours per
     * week, the employer charges rate (the setting when absent), the single wage (the wage table's on the first day
     * of the projected year when absent: a planned raise goes here), investments and new projects; {@code save} keeps it
     * as a draft budget of the next year.
     */
    public record ProjectionRequest(@NotNull @Min(1990) @Max(2999) Integer baseYear,
                                    Map<@NotBlank String, @NotNull @DecimalMin("-1") @DecimalMax("10") BigDecimal> growth,
                                    @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal subsidy,
                                    @DecimalMin("0") @DecimalMax("2000") BigDecimal newHoursPerWeek,
                                    @DecimalMin("0") @DecimalMax("1") BigDecimal chargesRate,
                                    @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal wage,
                                    @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal investments,
                                    @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal newProjects,
                                    Boolean save) {}

    public record ActivityDepartment(@NotNull Long activityId, @Size(max = 40) String department) {}

    /** The services (department codes) a team runs: its quarterly report follows them. */
    public record TeamServices(@NotNull @Size(max = 50) List<@NotBlank @Size(max = 40) String> departments) {}

    /** A team's comment on a quarter (1–4) of a fiscal year of its quarterly report. */
    public record TeamComment(@NotNull Long teamId, @NotNull @Min(1990) @Max(2999) Integer fiscalYear,
                              @NotNull @Min(1) @Max(4) Integer quarter, @NotNull @Size(max = 4000) String comment) {}
}
