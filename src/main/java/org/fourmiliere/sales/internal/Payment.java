package org.fourmiliere.sales.internal;

import java.time.LocalDate;
import org.fourmiliere.sales.PaymentMethod;
import org.fourmiliere.shared.Money;

/** A payment received from a customer ({@code received}) or made to a vendor; {@code unallocated} is left to their credit. */
public record Payment(long id, boolean received, long partyId, LocalDate date, PaymentMethod method, Money amount,
                      Money unallocated, String reference, Long entryId) {}
