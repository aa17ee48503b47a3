package org.fourmiliere.members.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.members.internal.MemberService;
import org.fourmiliere.members.internal.RegistryEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list as CSV (UTF-8, a header row in the reader's language), with the same search and filters as the page. */
@Allowed(Permission.VIEW_DIRECTORY)
@Controller
class MemberCsv {

    private final MemberService registry;
    private final MessageSource messages;

    MemberCsv(MemberService registry, MessageSource messages) {
        this.registry = registry;
        this.messages = messages;
    }

    @GetMapping("/members.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                               @RequestParam(required = false) String standing,
                               @RequestParam(required = false) String worker) {
        List<MemberService.Listed> rows = registry.search(new MemberPages.Filters(q, kind, standing, worker).criteria());
        Locale locale = LocaleContextHolder.getLocale();
        StringBuilder out = new StringBuilder();
        List<String> header = List.of("id", "kind", "name", "email", "phone", "language", "address", "organisation-kind",
                "representative", "member-since", "member-until", "good-standing", "worker");
        line(out, header.stream().map(h -> messages.getMessage("members.csv." + h, null, locale)).toList());
        for (MemberService.Listed l : rows) {
            RegistryEntry e = l.entry();
            line(out, java.util.Arrays.asList(
                    String.valueOf(e.id()),
                    messages.getMessage("members.kind." + e.kind(), null, locale),
                    e.name(), e.email(), e.phone(), e.language(), e.address(),
                    e.organisationKind() == null ? null : messages.getMessage("members.org-kind." + e.organisationKind(), null, locale),
                    l.representativeName(),
                    l.membership() == null ? null : l.membership().since().toString(),
                    l.membership() == null || l.membership().until() == null ? null : l.membership().until().toString(),
                    messages.getMessage(l.goodStanding() ? "yes" : "no", null, locale),
                    l.engagement() == null ? null : messages.getMessage("members.engagement." + l.engagement().engagement(), null, locale)));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"members-" + registry.today() + ".csv\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** Quotes when needed; a cell that a spreadsheet would run as a formula is prefixed with an apostrophe. */
    static String cell(String value) {
        if (value == null) return "";
        String v = value;
        if (!v.isEmpty()) {
            char c = v.charAt(0);
            boolean signThenNonDigit = (c == '+' || c == '-') && (v.length() == 1 || !Character.isDigit(v.charAt(1)));
            if (c == '=' || c == '@' || c == '\t' || c == '\r' || signThenNonDigit) v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
