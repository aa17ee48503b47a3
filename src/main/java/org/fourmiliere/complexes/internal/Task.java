package org.fourmiliere.complexes.internal;

import java.math.BigDecimal;
import org.fourmiliere.contracts.ServiceKind;
import org.fourmiliere.shared.Money;

/**
 * A task of a role (§5), punched on as its INTERNAL activity, with a yearly budget in hours and money. A task may take
 * its role's client work of one service kind ({@code clientService}, null when none): the hours on every contract of
 * that kind count on it in the complexes.
 */
public record Task(long id, String roleCode, String code, String nameFr, String nameEn, long activityId,
                   BigDecimal budgetHours, Money budget, int position, ServiceKind clientService) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameFr;
    }
}
