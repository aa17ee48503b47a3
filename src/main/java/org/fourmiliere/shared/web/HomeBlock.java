package org.fourmiliere.shared.web;

/**
 * One block of the home page, contributed by a module as a bean: the home page lays out an empty box per block
 * its reader may see ({@code permission} is the authority needed; {@code null}: every signed-in person), and
 * htmx fills each from {@code href} on its own, so that a slow block never holds the others back. The fragment
 * at {@code href} is an {@code <article>}'s content: a {@code <header>} whose title links to the module's page,
 * then what needs the reader today. {@code id} names the box ({@code home-<id>}); {@code order} places it.
 */
public record HomeBlock(String id, String href, String permission, int order) {}
