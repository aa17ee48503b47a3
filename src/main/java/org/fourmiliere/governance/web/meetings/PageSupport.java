package org.fourmiliere.governance.web.meetings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Small helpers shared by the pages: names of persons, a domain error shown after a redirect. */
@Component
class PageSupport {

    private final MemberDirectory members;
    private final MessageSource messages;

    PageSupport(MemberDirectory members, MessageSource messages) {
        this.members = members;
        this.messages = messages;
    }

    /** Names by id, sorted by name. */
    Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        List<PersonRef> persons = new ArrayList<>(members.persons(ids));
        persons.sort(Comparator.comparing(PersonRef::name, String.CASE_INSENSITIVE_ORDER));
        for (PersonRef p : persons) out.put(p.id(), p.name());
        for (Long id : ids) out.putIfAbsent(id, "#" + id);
        return out;
    }

    String message(Problems.DomainException e) {
        return messages.getMessage(e, LocaleContextHolder.getLocale());
    }

    void flash(RedirectAttributes ra, Problems.DomainException e) {
        ra.addFlashAttribute("error", message(e));
    }

    void done(RedirectAttributes ra, String key) {
        ra.addFlashAttribute("notice", messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
    }
}
