package org.fourmiliere.shared.web;

import java.util.List;

/**
 * One menu of the main navigation as a reader sees it: the items of a group they may see. {@code current}: the
 * page shown belongs to this menu.
 */
public record NavMenu(NavGroup group, List<Link> links, boolean current) {

    /**
     * An item of the menu; {@code ariaCurrent} is {@code "page"} on the item's own page, {@code "true"} on a page
     * below it, {@code null} elsewhere.
     */
    public record Link(NavItem item, String ariaCurrent) {}
}
