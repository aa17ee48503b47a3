package org.fourmiliere.governance.web.meetings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.springframework.stereotype.Component;

/** The names of persons shown by the pages. */
@Component
class PageSupport {

    private final MemberDirectory members;

    PageSupport(MemberDirectory members) {
        this.members = members;
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
}
