package org.fourmiliere.governance.internal.eligibility;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The thresholds of the bylaw (§4), kept as settings. Defaults: 2 committees, 2 reflection meetings,
 * 10 hours in each of the 2 months, a warning under 20 hours over the two months, 2 months of probation.
 */
public record EligibilitySettings(
        @Min(0) @Max(50) int minCommittees,
        @Min(0) @Max(50) int minReflections,
        @Min(0) @Max(744) int minMonthlyHours,
        @Min(0) @Max(1488) int warningHours,
        @Min(0) @Max(24) int probationMonths) {

    /** The months of the window: the bylaw speaks of "the 2 last months"; kept fixed. */
    public static final int WINDOW_MONTHS = 2;

    public static EligibilitySettings defaults() {
        return new EligibilitySettings(2, 2, 10, 20, 2);
    }
}
