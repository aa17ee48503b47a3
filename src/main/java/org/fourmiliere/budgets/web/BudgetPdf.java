package org.fourmiliere.budgets.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A report as PDF: its title, its period, its chart (the same JFreeChart drawing as the page, as an image) and its
 * table; the template {@code budgets/pdf/report} (strict XHTML) laid out by openhtmltopdf, as sales' documents are.
 */
@Component
class BudgetPdf {

    record Table(List<String> headers, List<List<String>> rows) {}

    private final ITemplateEngine templates;

    BudgetPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(String title, String subtitle, JFreeChart chart, Table table, Locale locale) {
        Context ctx = new Context(locale);
        ctx.setVariable("title", title);
        ctx.setVariable("subtitle", subtitle);
        ctx.setVariable("chart", chart == null ? null : "data:image/png;base64," + Base64.getEncoder().encodeToString(BudgetCharts.png(chart)));
        ctx.setVariable("table", table);
        String html = templates.process("budgets/pdf/report", ctx);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
