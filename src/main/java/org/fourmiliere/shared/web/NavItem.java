package org.fourmiliere.shared.web;

/**
 * One entry of the main navigation, contributed by a module as a bean. {@code permission} is the
 * authority needed to see it ({@code null}: every signed-in person); {@code labelKey} comes from the bundles.
 */
public record NavItem(String labelKey, String href, String permission, int order) {}
