package org.fourmiliere.roles.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import org.fourmiliere.shared.Problems;

/**
 * A person holds a role from {@code since} to {@code until} (exclusive: the first day they no longer hold it;
 * null while they do). The rules of holding are here, as pure methods tested by {@code RoleHolderRulesTest}:
 * <ul>
 *   <li>a person does not hold the same role twice over the same days;</li>
 *   <li>a holding ends once, on a day not before its start (ending on its first day leaves it empty).</li>
 * </ul>
 */
public record RoleHolder(long id, long roleId, long personId, LocalDate since, LocalDate until, String note,
                         BigDecimal share) {

    /** A holding without a share said. */
    public RoleHolder(long id, long roleId, long personId, LocalDate since, LocalDate until, String note) {
        this(id, roleId, personId, since, until, note, null);
    }

    /** The id of a holding not stored yet. */
    static final long NEW = 0;

    /**
     * A new open holding of the role by the person from {@code since}, given the holdings the role has
     * ({@code ofTheRole}). Refused (409 on {@code personId}) when the person still holds the role on a day from
     * {@code since} on. A blank note is no note.
     */
    public static RoleHolder start(long roleId, long personId, LocalDate since, String note, Collection<RoleHolder> ofTheRole) {
        return start(roleId, personId, since, note, null, ofTheRole);
    }

    /** The same, with the person's share of the role (more than 0, at most 1; 400 on {@code share} otherwise). */
    public static RoleHolder start(long roleId, long personId, LocalDate since, String note, BigDecimal share,
                                   Collection<RoleHolder> ofTheRole) {
        if (share != null && (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0)) {
            throw new Problems.InvalidInput("share", "role.holder.share");
        }
        for (RoleHolder h : ofTheRole) {
            if (h.personId == personId && h.runsOnOrAfter(since)) {
                throw new Problems.Conflict("personId", "role.holder.already", h.since);
            }
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        return new RoleHolder(NEW, roleId, personId, since, null, cleanNote, share);
    }

    /**
     * This holding, ended on {@code on}. Refused when it has ended by then already (409) or when {@code on} comes
     * before its start (400); a holding planned to end later may be ended earlier.
     */
    public RoleHolder endedOn(LocalDate on) {
        if (until != null && !until.isAfter(on)) throw new Problems.Conflict("on", "role.holder.ended", until);
        if (on.isBefore(since)) throw new Problems.InvalidInput("on", "role.holder.before-start", since);
        return new RoleHolder(id, roleId, personId, since, on, note, share);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(since) && (until == null || day.isBefore(until));
    }

    /** Whether the person holds the role on {@code day} or on some later day (never, for an empty holding). */
    public boolean runsOnOrAfter(LocalDate day) {
        return until == null || (until.isAfter(day) && until.isAfter(since));
    }

    /** Shown as a current holder: in force today, or starting later with no end set. */
    public boolean currentOn(LocalDate today) {
        return inForceOn(today) || (until == null && since.isAfter(today));
    }
}
