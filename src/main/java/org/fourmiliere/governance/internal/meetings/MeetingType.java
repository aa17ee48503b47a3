package org.fourmiliere.governance.internal.meetings;

import org.fourmiliere.governance.BodyKind;

/** The kinds of meetings (§7), each held by bodies of one kind. */
public enum MeetingType {
    REFLECTION, PRODUCTION, COMMITTEE, BOARD, GENERAL_ASSEMBLY;

    public boolean heldBy(BodyKind kind) {
        return switch (this) {
            case REFLECTION, PRODUCTION -> kind == BodyKind.WORK_COMMITTEE;
            case COMMITTEE -> kind == BodyKind.COMMITTEE || kind == BodyKind.TEAM;
            case BOARD -> kind == BodyKind.BOARD;
            case GENERAL_ASSEMBLY -> kind == BodyKind.GENERAL_ASSEMBLY;
        };
    }

    /** At reflection and production meetings only work-committee members vote (§2). */
    public boolean workCommitteeVotes() {
        return this == REFLECTION || this == PRODUCTION;
    }
}
