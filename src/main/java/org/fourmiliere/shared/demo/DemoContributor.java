package org.fourmiliere.shared.demo;

/**
 * A module's part of the demo collective, loaded through the module's own services from the {@link DemoCast}
 * it is given. The demo module finds every contributor and runs them in {@link #order()} (members first, then
 * the bodies that need persons, then time and books), all in one transaction. Modules depend on this kernel
 * interface, never on the demo module.
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
