package org.fourmiliere.complexes.internal;

import java.math.BigDecimal;
import org.fourmiliere.shared.Money;

/** A task of a role (§5), punched on as its INTERNAL activity, with a yearly budget in hours and money. */
public record Task(long id, String roleCode, String code, String nameFr, String nameEn, long activityId,
                   BigDecimal budgetHours, Money budget, int position) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameFr;
    }
}
