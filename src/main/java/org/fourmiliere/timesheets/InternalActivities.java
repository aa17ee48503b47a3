package org.fourmiliere.timesheets;

/** What other modules may create in the time tracker: an INTERNAL activity one can punch on (a role's task). */
public interface InternalActivities {

    /**
     * The id of the INTERNAL activity with that code, created (not billable, no budget, audited) when there is none
     * yet. Refused (409 on {@code code}) when the code belongs to an activity of another kind.
     */
    long internalActivity(String code, String name);
}
