package org.fourmiliere.complexes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.fourmiliere.contracts.ServiceKind;

/**
 * A new task of a role: {@code POST /api/v1/tasks}. Its activity (kind INTERNAL, code {@code code}) is created in the
 * time tracker, so one can punch on it at once. Budget in hours and in money (CAD) per year. {@code clientService}
 * (optional): the task takes its role's client work of that service kind (the hours on those contracts count on it).
 */
public record CreateTask(@NotBlank @Size(max = 60) String roleCode, @NotBlank @Size(max = 80) String code,
                         @NotBlank @Size(max = 200) String nameFr, @NotBlank @Size(max = 200) String nameEn,
                         @PositiveOrZero BigDecimal budgetHours, @PositiveOrZero BigDecimal budgetAmount,
                         @Size(max = 20000) String howto, ServiceKind clientService) {

    public CreateTask(String roleCode, String code, String nameFr, String nameEn, BigDecimal budgetHours,
                      BigDecimal budgetAmount, String howto) {
        this(roleCode, code, nameFr, nameEn, budgetHours, budgetAmount, howto, null);
    }
}
