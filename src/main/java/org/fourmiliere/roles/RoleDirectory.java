package org.fourmiliere.roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What other modules may ask of the roles: which roles exist and who holds them on a day. */
public interface RoleDirectory {

    /** Every role, in the collective's order. */
    List<RoleRef> roles();

    /** The persons who hold the role on that day (none for an unknown code). */
    List<Long> holderIds(String roleCode, LocalDate day);

    /** The codes of the roles the person holds on that day. */
    Set<String> rolesOf(long personId, LocalDate day);

    default boolean holds(String roleCode, long personId, LocalDate day) {
        return rolesOf(personId, day).contains(roleCode);
    }
}
