package org.fourmiliere.complexes.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A task's how-to as HTML that is safe to put in a page: HTML written in the Markdown is shown as text, never run, and
 * a link or image to anything but http(s) or mailto loses its address (no {@code javascript:}). Pure.
 */
final class HowtoMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private HowtoMarkdown() {}

    static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }
}
