package org.fourmiliere.governance.internal.eligibility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The commands of the bodies around eligibility, checked once by bean validation at the edge (the API's body, the
 * page's form) and by the service's rules. The thresholds are changed with {@link EligibilitySettings}.
 */
public final class EligibilityCommands {

    private EligibilityCommands() {}

    /** The work committee grants an exception (a justified absence) from {@code from} to {@code to}, both included. */
    public record GrantException(
            @NotNull @Positive Long personId,
            @NotBlank @Size(max = 2000) String reason,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}

    /** A verification as of a day (today when null). */
    public record RunVerification(LocalDate asOf) {}

    /** The board reverses an admission, for a reason. */
    public record Reverse(@Size(max = 2000) String reason) {}
}
