package org.fourmiliere.members;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What other modules may ask of the members registry. */
public interface MemberDirectory {

    Optional<PersonRef> person(long personId);

    Optional<PersonRef> personByEmail(String email);

    /** The persons with these ids (unknown ids are left out), in no particular order. */
    List<PersonRef> persons(Collection<Long> personIds);

    /** How the person works for the collective on that day (volunteer, freelance, salaried), if they do. */
    java.util.Optional<Engagement> engagement(long personId, LocalDate day);

    /** The engagements of these persons over time, in one reading (for reports over many days). */
    EngagementHistory engagements(Collection<Long> personIds);

    /** Every person with a worker engagement active on that day, by name. */
    List<PersonRef> workers(LocalDate day);

    boolean isWorker(long personId, LocalDate day);

    /** A member in good standing on that day: a membership in force and the dues of that fiscal year paid. */
    boolean inGoodStanding(long personId, LocalDate day);

    Optional<OrganisationRef> organisation(long organisationId);

    List<OrganisationRef> organisations();

    /** The organisations whose representative in the registry is this person today, by name (none for an unknown id). */
    List<RepresentedOrganisation> representedBy(long personId);
}
