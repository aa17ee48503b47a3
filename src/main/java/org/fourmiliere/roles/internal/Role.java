package org.fourmiliere.roles.internal;

import java.math.BigDecimal;
import org.fourmiliere.roles.RoleRef;
import org.fourmiliere.shared.Money;

/** A role (§5): a set of tasks, not a post, with a yearly budget in hours and money. */
public record Role(long id, String code, String nameFr, String nameEn, String descriptionFr, String descriptionEn,
                   BigDecimal budgetHours, Money budget) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameFr;
    }

    public String description(String language) {
        return "en".equals(language) ? descriptionEn : descriptionFr;
    }

    public RoleRef ref() {
        return new RoleRef(code, nameFr, nameEn, budgetHours, budget);
    }
}
