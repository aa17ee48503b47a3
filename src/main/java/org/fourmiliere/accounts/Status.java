package org.fourmiliere.accounts;

/**
 * What a person is in the collective, derived from facts held by the modules (dues paid, engagement as a
 * worker, a board seat, work-committee eligibility, a role held). Permissions follow from statuses only.
 */
public enum Status {
    /** A member in good standing: this fiscal year's dues paid (§3). */
    MEMBER,
    /** Works for the collective: volunteer, freelance or salaried (§3). */
    WORKER,
    /** Member of the work committee under the eligibility bylaw (§4). */
    WORK_COMMITTEE,
    /** Holds a seat on the board (§2). */
    BOARD,
    /** Holds the accounting role (§5). */
    ACCOUNTING,
    /** Holds the coordination role (§5). */
    COORDINATION,
    /** Sets up the installation: accounts, settings. Not a manager: it decides nothing for the collective. */
    ADMINISTRATOR
}
