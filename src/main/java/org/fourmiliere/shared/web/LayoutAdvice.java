package org.fourmiliere.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page the navigation and header widgets its reader may see, from the modules' beans, and the
 * link to the same page in the other language.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    private final List<NavItem> items;
    private final List<PageWidget> widgets;

    LayoutAdvice(List<NavItem> items, List<PageWidget> widgets) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
        this.widgets = widgets.stream().sorted(Comparator.comparingInt(PageWidget::order)).toList();
    }

    @ModelAttribute("navItems")
    List<NavItem> navItems(Authentication auth, HttpServletRequest request) {
        if (isApi(request)) return List.of();
        return items.stream().filter(i -> allowed(auth, i.permission())).toList();
    }

    @ModelAttribute("widgets")
    List<PageWidget> widgets(Authentication auth, HttpServletRequest request) {
        if (isApi(request)) return List.of();
        return widgets.stream().filter(w -> allowed(auth, w.permission())).toList();
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

    private static boolean allowed(Authentication auth, String permission) {
        if (auth == null) return false;
        if (permission == null) return true;
        Predicate<GrantedAuthority> match = a -> permission.equals(a.getAuthority());
        return auth.getAuthorities().stream().anyMatch(match);
    }
}
