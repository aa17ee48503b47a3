package org.fourmiliere.demo;

/**
 * A module's part of the demo collective. Contributors run in {@link #order()} (members first, then the
 * bodies that need persons, then time and books), in one transaction each.
 */
public interface DemoContributor {

    int MEMBERS = 100;
    int BODIES = 200;
    int ROLES = 300;
    int TIME = 400;
    int BOOKS = 500;
    int MEETINGS = 600;

    int order();

    void load(DemoCast cast);
}
