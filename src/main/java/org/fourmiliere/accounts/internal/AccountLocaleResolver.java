package org.fourmiliere.accounts.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.fourmiliere.accounts.SignedIn;
import org.springframework.web.servlet.LocaleResolver;

/**
 * French first, English equal. A page is in the language chosen last by its reader: remembered on the
 * account (so it follows the person to any device), or in a cookie before sign-in; otherwise the
 * browser's preference between French and English; otherwise French. API calls honour Accept-Language.
 */
final class AccountLocaleResolver implements LocaleResolver {

    static final String COOKIE = "fourmiliere-lang";
    private static final String CHOSEN = AccountLocaleResolver.class.getName() + ".chosen";
    static final Locale FRENCH = Locale.FRENCH;
    static final Locale ENGLISH = Locale.ENGLISH;

    private final AccountService accounts;

    AccountLocaleResolver(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) return chosen;
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (api && request.getHeader("Accept-Language") != null) return fromHeader(request);
        var signedIn = SignedIn.current();
        if (signedIn.isPresent()) return of(signedIn.get().language());
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) return of(c.getValue());
            }
        }
        return fromHeader(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = of(locale == null ? "fr" : locale.getLanguage());
        request.setAttribute(CHOSEN, chosen);
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        SignedIn.current().ifPresent(s -> accounts.setLanguage(s.accountId(), chosen.getLanguage()));
    }

    private static Locale fromHeader(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null) return FRENCH;
        for (String part : header.split(",")) {
            String lang = part.trim().toLowerCase(Locale.ROOT);
            if (lang.startsWith("fr")) return FRENCH;
            if (lang.startsWith("en")) return ENGLISH;
        }
        return FRENCH;
    }

    static Locale of(String language) {
        return "en".equals(language) ? ENGLISH : FRENCH;
    }
}
