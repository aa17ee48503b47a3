package org.fourmiliere.roles;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A person starts holding a role on {@code since} (today when null), with a share of it when said (0 < share ≤ 1). The body of {@code POST
 * /api/v1/roles/{code}/holders} and the form of the role's page alike; checked by bean validation at the web
 * edge, then by the rules of {@code RoleHolder}.
 */
public record AddHolder(
        @NotNull @Positive Long personId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
        @Size(max = 500) String note,
        @Positive @DecimalMax("1") BigDecimal share) {

    /** Without a share said. */
    public AddHolder(Long personId, LocalDate since, String note) {
        this(personId, since, note, null);
    }
}
