package org.fourmiliere.governance;

/** The kinds of bodies of the collective (§2). There is one general assembly, one board, one work committee. */
public enum BodyKind {
    GENERAL_ASSEMBLY, BOARD, WORK_COMMITTEE, COMMITTEE, TEAM
}
