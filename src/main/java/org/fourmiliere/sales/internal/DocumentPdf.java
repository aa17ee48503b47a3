package org.fourmiliere.sales.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A document as HTML and as PDF, in the customer's language, with the collective's name, address and tax numbers:
 * the template {@code sales/pdf/document} (strict XHTML) rendered by Thymeleaf, then laid out by openhtmltopdf; a
 * customer's statement likewise ({@code sales/pdf/statement}).
 */
@Component
public class DocumentPdf {

    /** Who issues the documents: the collective's name, address and tax registration numbers. */
    public record Issuer(String name, String address, String gstNumber, String qstNumber, String email) {}

    private final ITemplateEngine templates;
    private final SalesService sales;
    private final Issuer issuer;

    DocumentPdf(ITemplateEngine templates, SalesService sales,
                @Value("${fourmiliere.sales.issuer.name:Fourmilière}") String name,
                @Value("${fourmiliere.sales.issuer.address:}") String address,
                @Value("${fourmiliere.sales.issuer.gst-number:}") String gst,
                @Value("${fourmiliere.sales.issuer.qst-number:}") String qst,
                @Value("${fourmiliere.mail.from:}") String email) {
        this.templates = templates;
        this.sales = sales;
        this.issuer = new Issuer(name, address, gst, qst, email);
    }

    public Issuer issuer() {
        return issuer;
    }

    /** The document as an XHTML page in its language. */
    public String html(Document d) {
        Party p = sales.party(d.partyId());
        Context ctx = new Context(Locale.forLanguageTag(d.language()));
        ctx.setVariable("doc", d);
        ctx.setVariable("party", p);
        ctx.setVariable("issuer", issuer);
        ctx.setVariable("source", d.sourceId() == null ? null : sales.document(d.sourceId()));
        ctx.setVariable("fmt", new PdfFormat(Locale.forLanguageTag(d.language())));
        return templates.process("sales/pdf/document", ctx);
    }

    /** The document as a PDF. */
    public byte[] render(Document d) {
        return pdf(html(d));
    }

    /** A customer's statement as an XHTML page in the customer's language. */
    public String html(SalesService.Statement st) {
        Locale language = Locale.forLanguageTag(st.party().language());
        Context ctx = new Context(language);
        ctx.setVariable("st", st);
        ctx.setVariable("party", st.party());
        ctx.setVariable("issuer", issuer);
        ctx.setVariable("fmt", new PdfFormat(language));
        return templates.process("sales/pdf/statement", ctx);
    }

    /** A customer's statement as a PDF. */
    public byte[] render(SalesService.Statement st) {
        return pdf(html(st));
    }

    private static byte[] pdf(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Amounts and rates as the reader of that language writes them (113,95 $ or $113.95; 9,975 % or 9.975%). */
    public record PdfFormat(Locale language) {
        public String money(java.math.BigDecimal amount) {
            java.text.NumberFormat f = java.text.NumberFormat.getCurrencyInstance(
                    "en".equals(language.getLanguage()) ? Locale.CANADA : Locale.CANADA_FRENCH);
            f.setCurrency(java.util.Currency.getInstance("CAD"));
            return f.format(amount.setScale(2, java.math.RoundingMode.HALF_UP));
        }

        public String rate(java.math.BigDecimal rate) {
            java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(
                    "en".equals(language.getLanguage()) ? Locale.CANADA : Locale.CANADA_FRENCH);
            f.setMaximumFractionDigits(3);
            String n = f.format(rate.multiply(java.math.BigDecimal.valueOf(100)));
            return "en".equals(language.getLanguage()) ? n + "%" : n + " %";
        }
    }
}
