package org.fourmiliere.governance.web.home;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.governance.BodyRef;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The names of the bodies in the reader's language, by id: one query for a whole block. */
@Component
class BodyNames {

    private final BodyDirectory bodies;

    BodyNames(BodyDirectory bodies) {
        this.bodies = bodies;
    }

    Map<Long, String> all() {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        Map<Long, String> names = new LinkedHashMap<>();
        for (BodyRef b : bodies.bodies()) names.put(b.id(), b.name(lang));
        return names;
    }
}
