package org.fourmiliere.roles;

import java.math.BigDecimal;
import org.fourmiliere.shared.Money;

/** A role as other modules see it: its code, its names and its yearly budget in hours and money. */
public record RoleRef(String code, String nameFr, String nameEn, BigDecimal budgetHours, Money budget) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameFr;
    }
}
