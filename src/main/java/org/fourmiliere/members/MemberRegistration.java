package org.fourmiliere.members;

import java.time.LocalDate;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.Money;

/**
 * What other modules may write in the members registry (the demo loader, imports). Each command is checked
 * and written in one transaction with its audit line; a refusal is a {@code Problems.InvalidInput} (400),
 * {@code Problems.Conflict} (409: duplicate e-mail, overlapping periods, dues already recorded) or
 * {@code Problems.NotFound} (404), and nothing is written.
 *
 * <p>Persons and organisations share one id space: the id returned by {@link #registerPerson} is the
 * {@link PersonRef#id()}, the one returned by {@link #registerOrganisation} the {@link OrganisationRef#id()},
 * and either is the "member id" of a membership or of dues.
 */
public interface MemberRegistration {

    /** A person; {@code email} is required and unique (case-insensitive); language "fr" or "en". */
    record RegisterPerson(String name, String email, String phone, String language, String address) {
        public static RegisterPerson of(String name, String email, String language) {
            return new RegisterPerson(name, email, null, language, null);
        }
    }

    /** An organisation with the person (a registered person's id, may be null) who represents it. */
    record RegisterOrganisation(String name, OrganisationKind kind, Long representativeId, String email,
                                String phone, String language, String address) {
        public static RegisterOrganisation of(String name, OrganisationKind kind, Long representativeId) {
            return new RegisterOrganisation(name, kind, representativeId, null, null, "fr", null);
        }
    }

    /**
     * A membership of a person ({@link MemberKind#INDIVIDUAL}) or an organisation
     * ({@link MemberKind#ORGANISATION}), from {@code since} to {@code until} (both included; null: open).
     * Memberships of one member may not overlap.
     */
    record RecordMembership(MemberKind kind, long memberId, LocalDate since, LocalDate until) {
        public static RecordMembership individual(long personId, LocalDate since, LocalDate until) {
            return new RecordMembership(MemberKind.INDIVIDUAL, personId, since, until);
        }

        public static RecordMembership organisational(long organisationId, LocalDate since, LocalDate until) {
            return new RecordMembership(MemberKind.ORGANISATION, organisationId, since, until);
        }
    }

    /** The dues of a member (person or organisation) for one fiscal year; at most once per year. */
    record RecordDues(long memberId, FiscalYear fiscalYear, Money amount, LocalDate paidOn, DuesMethod method) {}

    /** A person works for the collective from {@code since} to {@code until} (null: open). No overlaps. */
    record EngageWorker(long personId, Engagement engagement, LocalDate since, LocalDate until) {}

    long registerPerson(RegisterPerson command);

    long registerOrganisation(RegisterOrganisation command);

    long recordMembership(RecordMembership command);

    long recordDues(RecordDues command);

    long engageWorker(EngageWorker command);

    /** Ends a membership on that day (included). */
    void endMembership(long membershipId, LocalDate until);

    /** Ends a worker engagement on that day (included). */
    void endEngagement(long engagementId, LocalDate until);
}
