package org.fourmiliere.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.fourmiliere.shared.DemoDay;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page the navigation and header widgets its reader may see, from the modules' beans, and the
 * link to the same page in the other language, and on a demo instance the demo's day. The navigation is one menu per {@link NavGroup}; the item whose
 * link is the longest start of the page's path is the current one.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    private final List<NavItem> items;
    private final List<PageWidget> widgets;
    private final DemoDay demoDay;
    private final Clock clock;

    LayoutAdvice(List<NavItem> items, List<PageWidget> widgets, DemoDay demoDay, Clock clock) {
        this.demoDay = demoDay;
        this.clock = clock;
        this.items = items.stream()
                .sorted(Comparator.comparing(NavItem::group).thenComparingInt(NavItem::order)).toList();
        this.widgets = widgets.stream().sorted(Comparator.comparingInt(PageWidget::order)).toList();
    }

    @ModelAttribute("navItems")
    List<NavItem> navItems(Authentication auth, HttpServletRequest request) {
        if (isApi(request)) return List.of();
        return items.stream().filter(i -> allowed(auth, i.permission())).toList();
    }

    @ModelAttribute("navMenus")
    List<NavMenu> navMenus(Authentication auth, HttpServletRequest request) {
        if (isApi(request)) return List.of();
        List<NavItem> visible = items.stream().filter(i -> allowed(auth, i.permission())).toList();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        NavItem current = visible.stream().filter(i -> within(path, i.href()))
                .max(Comparator.comparingInt(i -> i.href().length())).orElse(null);
        List<NavMenu> menus = new ArrayList<>();
        for (NavGroup group : NavGroup.values()) {
            List<NavMenu.Link> links = visible.stream().filter(i -> i.group() == group)
                    .map(i -> new NavMenu.Link(i, i != current ? null : path.equals(i.href()) ? "page" : "true"))
                    .toList();
            if (!links.isEmpty()) menus.add(new NavMenu(group, links, current != null && current.group() == group));
        }
        return menus;
    }

    private static boolean within(String path, String href) {
        return path.equals(href) || path.startsWith(href.endsWith("/") ? href : href + "/");
    }

    @ModelAttribute("widgets")
    List<PageWidget> widgets(Authentication auth, HttpServletRequest request) {
        if (isApi(request)) return List.of();
        return widgets.stream().filter(w -> allowed(auth, w.permission())).toList();
    }

    /** On a demo instance, the day the demo collective lives on, for the banner of every page; otherwise null. */
    @ModelAttribute("demoToday")
    LocalDate demoToday(HttpServletRequest request) {
        if (isApi(request) || !demoDay.on()) return null;
        return LocalDate.now(clock);
    }

    /** The address of this very page in the other language: same path and query, {@code lang} replaced. */
    @ModelAttribute("otherLanguageHref")
    String otherLanguageHref(HttpServletRequest request, java.util.Locale locale) {
        if (isApi(request)) return "";
        String other = "en".equals(locale.getLanguage()) ? "fr" : "en";
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UriComponentsBuilder.fromPath(path).query(request.getQueryString())
                .replaceQueryParam("lang", other).build().toUriString();
    }

    /** JSON API calls render no page: nothing of the layout is computed for them. */
    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static boolean allowed(Authentication auth, String permission) {
        if (auth == null) return false;
        if (permission == null) return true;
        Predicate<GrantedAuthority> match = a -> permission.equals(a.getAuthority());
        return auth.getAuthorities().stream().anyMatch(match);
    }
}
