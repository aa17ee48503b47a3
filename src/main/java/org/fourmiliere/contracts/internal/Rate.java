package org.fourmiliere.contracts.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fourmiliere.contracts.ServiceKind;
import org.fourmiliere.sales.ClientKind;
import org.fourmiliere.shared.Money;

/** An indicative hourly rate of the grid: a service for a kind of client, in force from a day until the next rate. */
public record Rate(long id, ServiceKind service, ClientKind clientKind, LocalDate effectiveFrom, Money hourly) {

    /** The grid: every rate ever set, so that a day picks the one in force then. */
    public record Grid(List<Rate> rates) {

        public Grid {
            rates = List.copyOf(rates);
        }

        /** The rate in force on {@code day} for a service and a kind of client: the latest one from that day or before. */
        public Optional<Money> rateOn(ServiceKind service, ClientKind kind, LocalDate day) {
            return rates.stream()
                    .filter(r -> r.service() == service && r.clientKind() == kind && !r.effectiveFrom().isAfter(day))
                    .max(Comparator.comparing(Rate::effectiveFrom))
                    .map(Rate::hourly);
        }

        /** The rates in force on a day, one per service and kind. */
        public List<Rate> inForceOn(LocalDate day) {
            java.util.Map<String, Rate> latest = new java.util.TreeMap<>();
            for (Rate r : rates) {
                if (r.effectiveFrom().isAfter(day)) continue;
                latest.merge(r.service() + "/" + r.clientKind(), r,
                        (a, b) -> a.effectiveFrom().isAfter(b.effectiveFrom()) ? a : b);
            }
            return List.copyOf(latest.values());
        }
    }
}
