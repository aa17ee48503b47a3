package org.fourmiliere.shared.web;

/**
 * The menus of the main navigation, grouped by what people do, in the order shown. {@code labelKey} comes
 * from the bundles; {@code id} names the menu in the page.
 */
public enum NavGroup {
    COLLECTIVE("nav.group.collective", "nav-collective"),
    MY_WORK("nav.group.myWork", "nav-my-work"),
    MONEY("nav.group.money", "nav-money"),
    ADMIN("nav.group.admin", "nav-admin");

    private final String labelKey;
    private final String id;

    NavGroup(String labelKey, String id) {
        this.labelKey = labelKey;
        this.id = id;
    }

    public String labelKey() {
        return labelKey;
    }

    public String id() {
        return id;
    }
}
