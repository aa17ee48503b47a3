package org.fourmiliere.governance.web.meetings;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.governance.BodyRef;
import org.fourmiliere.governance.internal.decisions.Decision;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The register as CSV (one line per decision) and as a Markdown document per year, in the reader's language. */
@Component
class DecisionExports {

    private final BodyDirectory bodies;
    private final MemberDirectory members;
    private final MessageSource messages;

    DecisionExports(BodyDirectory bodies, MemberDirectory members, MessageSource messages) {
        this.bodies = bodies;
        this.members = members;
        this.messages = messages;
    }

    String csv(List<Decision> decisions) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> names = personNames(decisions);
        StringBuilder b = new StringBuilder();
        b.append(String.join(",", List.of("id", "date", "body", "meeting", "text", "how", "for", "against", "abstain",
                "voters_for", "voters_against", "voters_abstaining", "present", "status", "reversed_by", "tags", "public"))).append("\r\n");
        for (Decision d : decisions.stream().sorted(Comparator.comparing(Decision::decidedOn).thenComparing(Decision::id)).toList()) {
            b.append(String.join(",", List.of(String.valueOf(d.id()), d.decidedOn().toString(), q(bodyName(d.bodyId(), locale)),
                    d.meetingId() == null ? "" : String.valueOf(d.meetingId()), q(d.text()), d.how().name(),
                    n(d.votesFor()), n(d.votesAgainst()), n(d.votesAbstain()),
                    q(join(d.with(Decision.Role.FOR), names)), q(join(d.with(Decision.Role.AGAINST), names)),
                    q(join(d.with(Decision.Role.ABSTAIN), names)), q(join(d.with(Decision.Role.PRESENT), names)),
                    d.status().name(), d.reversedBy() == null ? "" : String.valueOf(d.reversedBy()),
                    q(String.join(" ", d.tags())), String.valueOf(d.isPublic())))).append("\r\n");
        }
        return b.toString();
    }

    String markdown(int year, List<Decision> decisions) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> names = personNames(decisions);
        StringBuilder b = new StringBuilder();
        b.append("# ").append(msg("decisions.markdown.title", locale, String.valueOf(year))).append("\n\n");
        for (Decision d : decisions.stream().sorted(Comparator.comparing(Decision::decidedOn).thenComparing(Decision::id)).toList()) {
            b.append("## ").append(d.decidedOn()).append(" — ").append(bodyName(d.bodyId(), locale))
                    .append(" (#").append(d.id()).append(")\n\n");
            b.append(d.text().strip()).append("\n\n");
            b.append("- ").append(msg("decisions.how", locale)).append(" : ").append(msg("decisions.how." + d.how(), locale));
            if (d.how() == Decision.HowTaken.VOTE) {
                b.append(" — ").append(msg("decisions.votes", locale, d.votesFor(), d.votesAgainst(), d.votesAbstain()));
            }
            b.append("\n- ").append(msg("decisions.status", locale)).append(" : ").append(msg("decisions.status." + d.status(), locale));
            if (d.reversedBy() != null) b.append(" (#").append(d.reversedBy()).append(")");
            b.append("\n");
            if (!d.with(Decision.Role.FOR).isEmpty()) b.append("- ").append(msg("decisions.voters.for", locale)).append(" : ").append(join(d.with(Decision.Role.FOR), names)).append("\n");
            if (!d.with(Decision.Role.AGAINST).isEmpty()) b.append("- ").append(msg("decisions.voters.against", locale)).append(" : ").append(join(d.with(Decision.Role.AGAINST), names)).append("\n");
            if (!d.with(Decision.Role.ABSTAIN).isEmpty()) b.append("- ").append(msg("decisions.voters.abstain", locale)).append(" : ").append(join(d.with(Decision.Role.ABSTAIN), names)).append("\n");
            if (!d.with(Decision.Role.PRESENT).isEmpty()) b.append("- ").append(msg("decisions.present", locale)).append(" : ").append(join(d.with(Decision.Role.PRESENT), names)).append("\n");
            if (!d.tags().isEmpty()) b.append("- ").append(msg("decisions.tags", locale)).append(" : ").append(String.join(", ", d.tags())).append("\n");
            b.append("\n");
        }
        return b.toString();
    }

    Map<Long, String> personNames(List<Decision> decisions) {
        List<Long> ids = decisions.stream().flatMap(d -> d.participants().stream()).map(Decision.Participant::personId).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) for (PersonRef p : members.persons(ids)) names.put(p.id(), p.name());
        return names;
    }

    String bodyName(long bodyId, Locale locale) {
        return bodies.body(bodyId).map(b -> b.name(locale.getLanguage())).orElse("#" + bodyId);
    }

    private static String join(List<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "#" + id)).collect(Collectors.joining("; "));
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String n(Integer i) {
        return i == null ? "" : i.toString();
    }

    /** A CSV field, quoted; a leading formula character is neutralised for spreadsheets. */
    private static String q(String s) {
        if (s == null) return "";
        String v = s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
