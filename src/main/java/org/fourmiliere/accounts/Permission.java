package org.fourmiliere.accounts;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do, each granted by statuses. The one place where statuses become rights. Controllers name
 * the permission a route needs with {@link Allowed}, templates with {@code ${@permissions.has('NAME')}}; the
 * security configuration sees each as the authority returned by {@link #authority()}.
 */
public enum Permission {
    /** See the members registry and the structure of the collective. */
    VIEW_DIRECTORY(Status.MEMBER, Status.WORKER, Status.WORK_COMMITTEE, Status.BOARD, Status.ADMINISTRATOR),
    /** Create and edit members, organisations, memberships and dues. */
    MANAGE_MEMBERS(Status.WORK_COMMITTEE, Status.BOARD, Status.ADMINISTRATOR),
    /** Create and edit bodies: committees, teams, board seats. */
    MANAGE_BODIES(Status.WORK_COMMITTEE, Status.BOARD, Status.ADMINISTRATOR),
    /** Track one's own time. */
    TRACK_TIME(Status.WORKER),
    /** See every worker's time and the pay reports. */
    VIEW_ALL_TIME(Status.COORDINATION, Status.ACCOUNTING, Status.ADMINISTRATOR),
    /** Lock months of time entries, keep the wage table. */
    LOCK_TIME(Status.ACCOUNTING),
    /** Read the books (transparency, §1). */
    READ_BOOKS(Status.WORKER, Status.WORK_COMMITTEE, Status.BOARD, Status.ACCOUNTING, Status.ADMINISTRATOR),
    /** Post entries, close periods, import books. */
    KEEP_BOOKS(Status.ACCOUNTING, Status.ADMINISTRATOR),
    /** Take part in meetings: agenda items, minutes, the internal decision register. */
    TAKE_PART(Status.WORKER, Status.WORK_COMMITTEE, Status.BOARD, Status.ADMINISTRATOR),
    /** Vote at reflection and production meetings, propose quick decisions. */
    VOTE_WORK_COMMITTEE(Status.WORK_COMMITTEE),
    /** See and answer the collective's requests (tickets of every queue, internal comments). */
    HANDLE_REQUESTS(Status.WORKER, Status.ADMINISTRATOR),
    /** Set up the installation. */
    ADMINISTER(Status.ADMINISTRATOR);

    private final Set<Status> grantedTo;

    Permission(Status first, Status... rest) {
        this.grantedTo = EnumSet.of(first, rest);
    }

    public Set<Status> grantedTo() {
        return grantedTo;
    }

    /** The authority granted with this permission: the only place where that string is built. */
    public String authority() {
        return "PERM_" + name();
    }

    public static Set<Permission> of(Set<Status> statuses) {
        Set<Permission> result = EnumSet.noneOf(Permission.class);
        for (Permission p : values()) {
            for (Status s : statuses) {
                if (p.grantedTo.contains(s)) {
                    result.add(p);
                    break;
                }
            }
        }
        return result;
    }
}
