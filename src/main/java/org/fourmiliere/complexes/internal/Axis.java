package org.fourmiliere.complexes.internal;

/** The two axes a task is rated on (1 to 5): how pleasant it is, and how much it empowers who does it. */
public enum Axis {
    DESIRABILITY, EMPOWERMENT
}
