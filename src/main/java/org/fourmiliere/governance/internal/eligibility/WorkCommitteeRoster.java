package org.fourmiliere.governance.internal.eligibility;

import java.time.LocalDate;
import java.util.Set;

/**
 * The work committee's membership as eligibility changes it: through the bodies' own join/leave service, so that
 * the one mechanism that gives the WORK_COMMITTEE status (and its permissions) follows at once.
 */
public interface WorkCommitteeRoster {

    Set<Long> members(LocalDate day);

    void join(long personId, LocalDate day);

    void leave(long personId, LocalDate day);
}
