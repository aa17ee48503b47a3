package org.fourmiliere.accounting.internal;

import java.util.Locale;

/** A reporting unit (a revenue line of §9): web development, hosting, … */
public record Department(long id, String code, String nameFr, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }
}
