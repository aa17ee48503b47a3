package org.fourmiliere.contracts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.fourmiliere.contracts.ServiceKind;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;

/**
 * A partner agreement: a worker or an organisation pays a preferential hourly rate, or a discount off the grid, for
 * one service or all of them, from {@code validFrom} until {@code validUntil} (exclusive; null: open).
 */
public record Partner(long id, String name, Long personId, Long organisationId, ServiceKind service, Money hourly,
                      BigDecimal discountPercent, LocalDate validFrom, LocalDate validUntil) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Checks an agreement before it is recorded. */
    public static Partner of(String name, Long personId, Long organisationId, ServiceKind service, Money hourly,
                             BigDecimal discountPercent, LocalDate validFrom, LocalDate validUntil) {
        if (personId == null && organisationId == null) throw new Problems.InvalidInput("personId", "contracts.partner.who");
        if ((hourly == null) == (discountPercent == null)) throw new Problems.InvalidInput("hourly", "contracts.partner.what");
        if (validUntil != null && !validUntil.isAfter(validFrom)) throw new Problems.InvalidInput("validUntil", "contracts.partner.dates");
        return new Partner(0, name, personId, organisationId, service, hourly, discountPercent, validFrom, validUntil);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || day.isBefore(validUntil));
    }

    /** Whether it applies to this client (a person or an organisation of the registry), for this service, on this day. */
    public boolean covers(Long clientPersonId, Long clientOrganisationId, ServiceKind s, LocalDate day) {
        boolean who = (personId != null && personId.equals(clientPersonId))
                || (organisationId != null && organisationId.equals(clientOrganisationId));
        return who && (service == null || service == s) && inForceOn(day);
    }

    /** The partner's hourly price given the grid's (which may be absent when the agreement sets its own rate). */
    public Money price(Money gridRate) {
        if (hourly != null) return hourly;
        if (gridRate == null) return null;
        BigDecimal factor = HUNDRED.subtract(discountPercent).divide(HUNDRED, 6, RoundingMode.HALF_UP);
        return gridRate.multipliedBy(factor, RoundingMode.HALF_UP);
    }
}
