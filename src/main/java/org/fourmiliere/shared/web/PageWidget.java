package org.fourmiliere.shared.web;

/**
 * A small piece a module shows in the header of every page (the punch widget, for example), loaded by htmx
 * from {@code href}. Contributed as a bean; {@code permission} is the authority needed to see it.
 */
public record PageWidget(String href, String permission, int order) {}
