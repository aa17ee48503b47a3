/**
 * The bodies of the collective (§2): general assembly, board and its seats, work committee, committees and
 * teams; meetings, the decision register, quick decisions and work-committee eligibility (§4, §6, §7).
 * Contributes the BOARD and WORK_COMMITTEE statuses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance",
        allowedDependencies = {"shared", "accounts", "members", "mail", "calendar"})
package org.fourmiliere.governance;
