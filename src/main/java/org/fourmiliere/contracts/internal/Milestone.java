package org.fourmiliere.contracts.internal;

import java.time.LocalDate;
import org.fourmiliere.shared.Money;

/** A milestone of a fixed-price contract: what is billed when it is reached; {@code invoiceId} once billed. */
public record Milestone(long id, long contractId, String label, Money amount, LocalDate reachedOn, Long invoiceId) {}
