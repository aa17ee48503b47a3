package org.fourmiliere.shared.web;

/**
 * One entry of the main navigation, contributed by a module as a bean, shown in the menu of its {@code group}.
 * {@code permission} is the authority needed to see it ({@code null}: every signed-in person); {@code labelKey}
 * comes from the bundles; {@code order} places it within its menu.
 */
public record NavItem(NavGroup group, String labelKey, String href, String permission, int order) {}
