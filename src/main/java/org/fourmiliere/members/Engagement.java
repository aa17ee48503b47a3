package org.fourmiliere.members;

/** How a worker works for the collective (§3, §8): the usual path is volunteer → freelancer → salaried. */
public enum Engagement {
    VOLUNTEER,
    FREELANCE,
    SALARIED
}
