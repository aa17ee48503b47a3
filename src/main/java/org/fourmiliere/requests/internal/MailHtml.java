package org.fourmiliere.requests.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The HTML of a message received by mail, made safe to show inside our pages: only text formatting, lists, quotes,
 * tables and links stay (jsoup's {@link Safelist}); scripts, styles, forms, frames, images (which would load remote
 * content and tell the sender the message was read), event attributes and links other than http(s)/mailto go. Pure.
 */
public final class MailHtml {

    private static final Safelist SAFE = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "div", "hr", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption")
            .removeProtocols("a", "href", "ftp")
            .addAttributes("a", "rel").addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private MailHtml() {}

    /** Safe HTML for the body of a page, or {@code null} when nothing is left of it. */
    public static String safe(String html) {
        if (html == null || html.isBlank()) return null;
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, "", SAFE, out).strip();
        return clean.isEmpty() ? null : clean;
    }
}
