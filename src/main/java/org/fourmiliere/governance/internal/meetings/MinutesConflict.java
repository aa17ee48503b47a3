package org.fourmiliere.governance.internal.meetings;

import org.fourmiliere.shared.Problems;

/**
 * A save of the minutes based on a version that someone else has replaced: refused (409), with both texts so
 * that the person can merge them. Nothing is overwritten silently.
 */
public class MinutesConflict extends Problems.Conflict {
    private final transient Meeting current;
    private final String yours;

    public MinutesConflict(Meeting current, String yours) {
        super("version", "meetings.minutes.conflict", current.minutesVersion(), current.minutesEditedBy());
        this.current = current;
        this.yours = yours;
    }

    public Meeting current() { return current; }
    public String yours() { return yours; }
}
