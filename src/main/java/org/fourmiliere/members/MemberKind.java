package org.fourmiliere.members;

/** What a registry entry is: a person (an individual member) or an organisation (an organisational member). */
public enum MemberKind {
    INDIVIDUAL,
    ORGANISATION
}
