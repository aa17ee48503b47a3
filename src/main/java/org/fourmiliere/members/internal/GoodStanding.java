package org.fourmiliere.members.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import org.fourmiliere.shared.FiscalYear;

/**
 * The rule of good standing (§3): on a given day, a member is in good standing when one of its memberships
 * is in force that day and the dues of the fiscal year containing that day were paid on or before it.
 * Pure: every page, the API and the statuses ask this one rule.
 */
public final class GoodStanding {

    private GoodStanding() {}

    /** A membership: both ends included, {@code until} null when open. */
    public record Span(LocalDate since, LocalDate until) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(since) && (until == null || !day.isAfter(until));
        }
    }

    /** Dues paid for the fiscal year ending in {@code fiscalYear}, on {@code paidOn}. */
    public record Paid(int fiscalYear, LocalDate paidOn) {}

    /** What the registry holds about one member (a person or an organisation): memberships and dues. */
    public record Record(Collection<Span> memberships, Collection<Paid> dues) {
        public boolean inGoodStanding(LocalDate day, MonthDay fiscalStart) {
            return on(day, memberships, dues, fiscalStart);
        }
    }

    /**
     * Whether a person holds a member's rights that day: as an individual member in good standing, or as the
     * representative of an organisational member in good standing (§3: the representative holds its rights).
     */
    public static boolean holdsMemberRights(LocalDate day, Record own, Collection<Record> representedOrganisations,
                                            MonthDay fiscalStart) {
        return own.inGoodStanding(day, fiscalStart)
                || representedOrganisations.stream().anyMatch(o -> o.inGoodStanding(day, fiscalStart));
    }

    public static boolean on(LocalDate day, Collection<Span> memberships, Collection<Paid> dues, MonthDay fiscalStart) {
        return inForce(day, memberships) && duesPaid(day, dues, fiscalStart);
    }

    public static boolean inForce(LocalDate day, Collection<Span> memberships) {
        return memberships.stream().anyMatch(m -> m.contains(day));
    }

    public static boolean duesPaid(LocalDate day, Collection<Paid> dues, MonthDay fiscalStart) {
        int year = FiscalYear.containing(day, fiscalStart).endYear();
        return dues.stream().anyMatch(d -> d.fiscalYear() == year && !d.paidOn().isAfter(day));
    }
}
