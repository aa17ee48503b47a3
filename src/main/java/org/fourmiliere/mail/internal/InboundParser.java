package org.fourmiliere.mail.internal;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a raw message (RFC 5322): its {@code Message-ID} (a hash of the bytes when it has none), sender and
 * recipients, subject (RFC 2047 decoded), text (the first {@code text/plain} part in its charset, else the HTML as
 * text), thread headers, language, and the signs of automatic mail: auto-reply headers, a null sender, a delivery
 * report (RFC 3464). Never throws on bad input: what cannot be read is left empty. No Spring, no database.
 */
public final class InboundParser {

    /** Headers in raw UTF-8 (RFC 6532) are read as UTF-8, not as Latin-1. */
    private static final Session SESSION = Session.getInstance(utf8Headers());
    private static final Pattern ID = Pattern.compile("<[\\x21-\\x3B\\x3D\\x3F-\\x7E]+>");
    private static final int MAX_ID = 320;
    private static final int MAX_DEPTH = 10;

    private InboundParser() {}

    private static Properties utf8Headers() {
        Properties p = new Properties();
        p.setProperty("mail.mime.allowutf8", "true");
        return p;
    }

    /** The {@code Message-ID} a raw message is stored under, without reading more than its headers. */
    public static String messageIdOf(byte[] raw) {
        try {
            InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(raw));
            String id = normalizeId(headers.getHeader("Message-ID", null));
            return id != null ? id : hashId(raw);
        } catch (MessagingException | RuntimeException e) {
            return hashId(raw);
        }
    }

    /** {@code <sha256-hex@hash>} of the raw bytes: the same message always gets the same id. */
    public static String hashId(byte[] raw) {
        try {
            return "<" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)) + "@hash>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normalizeId(String header) {
        if (header == null) return null;
        String v = header.replaceAll("\\s+", " ").trim();
        Matcher m = ID.matcher(v);
        String id = m.find() ? m.group() : v.matches("[\\x21-\\x3B\\x3D\\x3F-\\x7E]+") ? "<" + v + ">" : null;
        return id == null || id.length() > MAX_ID ? null : id;
    }

    static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header == null) return ids;
        Matcher m = ID.matcher(header);
        while (m.find()) if (m.group().length() <= MAX_ID && !ids.contains(m.group())) ids.add(m.group());
        return ids;
    }

    /** A message's HTML part and files, read when a module's handler is given it. */
    public record Content(String html, List<org.fourmiliere.mail.IncomingMail.Attachment> attachments) {}

    /**
     * The first {@code text/html} part that is not an attachment (decoded with its charset, as sent), and every part
     * with a file name or an {@code attachment} disposition, decoded; nothing when the message cannot be read.
     */
    public static Content content(byte[] raw) {
        try {
            MimeMessage msg = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            String html = find(msg, "text/html", 0);
            List<org.fourmiliere.mail.IncomingMail.Attachment> files = new ArrayList<>();
            files(msg, files, 0);
            return new Content(html == null ? null : clean(html), List.copyOf(files));
        } catch (MessagingException | IOException | RuntimeException e) {
            return new Content(null, List.of());
        }
    }

    private static void files(Part part, List<org.fourmiliere.mail.IncomingMail.Attachment> files, int depth)
            throws MessagingException, IOException {
        if (depth > MAX_DEPTH) return;
        ContentType type = contentType(part.getContentType());
        if (type != null && type.match("multipart/*")) {
            if (!(part.getContent() instanceof Multipart mp)) return;
            for (int i = 0; i < mp.getCount(); i++) files(mp.getBodyPart(i), files, depth + 1);
            return;
        }
        String disposition = null;
        String filename = null;
        try {
            disposition = part.getDisposition();
            filename = part.getFileName();
        } catch (MessagingException ignored) {
            // an unreadable disposition: not a file
        }
        if (filename != null) {
            try {
                filename = MimeUtility.decodeText(filename);
            } catch (java.io.UnsupportedEncodingException ignored) {
                // kept as written
            }
        }
        if (filename == null && !Part.ATTACHMENT.equalsIgnoreCase(disposition)) return;
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        String name = filename == null ? null : clean(filename).replaceAll("[/\\\\]", "_");
        files.add(new org.fourmiliere.mail.IncomingMail.Attachment(name, type == null ? null : type.getBaseType().toLowerCase(Locale.ROOT), bytes));
    }

    public static ParsedMail parse(byte[] raw, String envelopeRecipient) {
        String messageId = messageIdOf(raw);
        Set<String> recipients = new LinkedHashSet<>();
        if (envelopeRecipient != null && !envelopeRecipient.isBlank()) recipients.add(envelopeRecipient.trim().toLowerCase(Locale.ROOT));
        MimeMessage msg;
        try {
            msg = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            msg.getContentType();
        } catch (MessagingException | RuntimeException e) {
            return new ParsedMail(messageId, false, null, null, List.copyOf(recipients), "", "", null, List.of(), null,
                    null, false, null, List.of());
        }
        String fromAddress = null;
        String fromName = null;
        InternetAddress from = firstAddress(header(msg, "From"));
        if (from != null && from.getAddress() != null && from.getAddress().contains("@")) {
            fromAddress = from.getAddress().toLowerCase(Locale.ROOT);
            fromName = from.getPersonal() == null || from.getPersonal().isBlank() ? null : from.getPersonal().trim();
        }
        for (String h : List.of("To", "Cc", "Delivered-To", "X-Original-To")) {
            String[] values = headers(msg, h);
            for (String v : values) {
                for (InternetAddress a : addresses(v)) {
                    if (a.getAddress() != null) recipients.add(a.getAddress().toLowerCase(Locale.ROOT));
                }
            }
        }
        String subject = subject(msg);
        String inReplyTo = ids(header(msg, "In-Reply-To")).stream().findFirst().orElse(null);
        List<String> references = ids(header(msg, "References"));
        String language = language(header(msg, "Content-Language"));
        String returnPath = header(msg, "Return-Path");
        boolean nullSender = (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>"))
                || (fromAddress != null && (fromAddress.startsWith("mailer-daemon@") || fromAddress.startsWith("postmaster@")))
                || (from != null && from.getAddress() != null && from.getAddress().equalsIgnoreCase("mailer-daemon"));
        ParsedMail.DeliveryReport report = null;
        String text = "";
        try {
            report = report(msg);
            text = text(msg, 0);
        } catch (MessagingException | IOException | RuntimeException e) {
            // an unreadable body: the headers still say what the message is
        }
        return new ParsedMail(messageId, true, clean(fromAddress), clean(fromName), List.copyOf(recipients), clean(subject),
                text == null ? "" : clean(text), inReplyTo, references, language, autoReply(msg), nullSender, report,
                List.of(headers(msg, "Authentication-Results")));
    }

    /** Why a message is automatic, from its headers (RFC 3834 and the usual others), or {@code null}. */
    static String autoReply(MimeMessage msg) {
        String auto = header(msg, "Auto-Submitted");
        if (auto != null && !auto.trim().toLowerCase(Locale.ROOT).startsWith("no")) return "Auto-Submitted: " + auto.trim();
        String precedence = header(msg, "Precedence");
        if (precedence != null && Set.of("bulk", "junk", "list", "auto_reply").contains(precedence.trim().toLowerCase(Locale.ROOT))) {
            return "Precedence: " + precedence.trim();
        }
        for (String h : List.of("X-Autoreply", "X-Autorespond")) {
            String v = header(msg, h);
            if (v != null) return h + ": " + v.trim();
        }
        String type = null;
        try {
            type = msg.getContentType();
        } catch (MessagingException | RuntimeException e) {
            // no type: not a report
        }
        if (type != null && type.toLowerCase(Locale.ROOT).replaceAll("\\s", "").startsWith("multipart/report")) {
            // a read receipt (disposition-notification), a complaint (feedback-report): written by a program
            return "report: " + type.replaceAll("\\s+", " ").trim();
        }
        return null;
    }

    private static ParsedMail.DeliveryReport report(MimeMessage msg) throws MessagingException, IOException {
        ContentType type = contentType(msg.getContentType());
        if (type == null || !type.match("multipart/report")) return null;
        String reportType = type.getParameter("report-type");
        if (reportType == null || !reportType.equalsIgnoreCase("delivery-status")) return null;
        if (!(msg.getContent() instanceof Multipart parts)) return null;
        List<ParsedMail.DeliveryReport.Line> lines = new ArrayList<>();
        String original = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            ContentType pt = contentType(part.getContentType());
            if (pt == null) continue;
            if (pt.match("message/delivery-status") || pt.match("message/global-delivery-status")) {
                lines.addAll(deliveryStatus(new String(bytes(part), StandardCharsets.UTF_8)));
            } else if (pt.match("message/rfc822") || pt.match("text/rfc822-headers") || pt.match("message/global")
                    || pt.match("message/global-headers")) {
                InternetHeaders h = new InternetHeaders(new ByteArrayInputStream(bytes(part)));
                original = normalizeId(h.getHeader("Message-ID", null));
            }
        }
        if (original == null) {
            original = ids(header(msg, "In-Reply-To")).stream().findFirst().orElse(null);
            if (original == null) {
                List<String> refs = ids(header(msg, "References"));
                original = refs.isEmpty() ? null : refs.getLast();
            }
        }
        return new ParsedMail.DeliveryReport(original, List.copyOf(lines));
    }

    /** The raw bytes of a part's content (a {@code message/rfc822} part as it was written). */
    private static byte[] bytes(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof MimeMessage m) {
            var out = new java.io.ByteArrayOutputStream();
            m.writeTo(out);
            return out.toByteArray();
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(1_000_000);
        }
    }

    /** The per-recipient blocks of a {@code message/delivery-status} body (the first block is per message). */
    static List<ParsedMail.DeliveryReport.Line> deliveryStatus(String body) {
        List<ParsedMail.DeliveryReport.Line> lines = new ArrayList<>();
        String[] blocks = body.replace("\r\n", "\n").split("\n\\s*\n");
        for (String block : blocks) {
            String unfolded = block.replaceAll("\n[ \t]+", " ");
            String action = null, recipient = null, original = null, status = null, diagnostic = null;
            for (String line : unfolded.split("\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) continue;
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                switch (name) {
                    case "action" -> action = value.toLowerCase(Locale.ROOT);
                    case "final-recipient" -> recipient = afterType(value);
                    case "original-recipient" -> original = afterType(value);
                    case "status" -> status = value.split("\\s")[0];
                    case "diagnostic-code" -> diagnostic = afterType(value);
                    default -> { }
                }
            }
            if (action == null && recipient == null) continue;
            if (recipient == null) recipient = original;
            lines.add(new ParsedMail.DeliveryReport.Line(cut(action == null ? "unknown" : action, 20),
                    recipient == null ? null : cut(recipient.toLowerCase(Locale.ROOT), 320), status == null ? null : cut(status, 20),
                    diagnostic == null ? null : cut(diagnostic, 2000)));
        }
        return lines;
    }

    private static String afterType(String value) {
        int semi = value.indexOf(';');
        String v = semi < 0 ? value : value.substring(semi + 1);
        v = v.trim();
        if (v.startsWith("<") && v.endsWith(">")) v = v.substring(1, v.length() - 1);
        return v;
    }

    /** Without NUL and the other control characters a database column refuses (line breaks and tabs kept). */
    static String clean(String s) {
        return s == null ? null : s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** The first {@code text/plain} part, decoded with its charset; else the first HTML part as text. */
    private static String text(Part part, int depth) throws MessagingException, IOException {
        String plain = find(part, "text/plain", depth);
        if (plain != null) return plain.strip();
        String html = find(part, "text/html", depth);
        return html == null ? "" : htmlToText(html);
    }

    private static String find(Part part, String mime, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) return null;
        ContentType type = contentType(part.getContentType());
        if (type == null) type = new ContentType("text", "plain", null);
        String disposition = null;
        try {
            disposition = part.getDisposition();
        } catch (MessagingException ignored) {
            // an unreadable disposition: inline
        }
        if (type.match("multipart/*")) {
            if (!(part.getContent() instanceof Multipart mp)) return null;
            for (int i = 0; i < mp.getCount(); i++) {
                String found = find(mp.getBodyPart(i), mime, depth + 1);
                if (found != null) return found;
            }
            return null;
        }
        if (!type.match(mime) || Part.ATTACHMENT.equalsIgnoreCase(disposition)) return null;
        return decode(part, type);
    }

    private static String decode(Part part, ContentType type) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        String charset = type.getParameter("charset");
        Charset cs = StandardCharsets.UTF_8;
        if (charset != null) {
            try {
                cs = Charset.forName(MimeUtility.javaCharset(charset.trim()));
            } catch (RuntimeException e) {
                cs = StandardCharsets.ISO_8859_1;
            }
        }
        return new String(bytes, cs);
    }

    /**
     * HTML as text, in one pass (no expression that could take quadratic time on a hostile message): tags dropped,
     * {@code script}, {@code style} and {@code head} dropped with their content, line breaks for {@code br} and the
     * ends of blocks, the common entities decoded.
     */
    static String htmlToText(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(Math.min(html.length(), 1 << 20));
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                b.append(c);
                i++;
                continue;
            }
            int close = html.indexOf('>', i);
            if (close < 0) break; // an unclosed tag: the rest is not text
            String tag = lower.substring(i + 1, close).trim();
            String name = tag.split("[\\s/>]", 2)[0];
            if (name.equals("script") || name.equals("style") || name.equals("head")) {
                int end = lower.indexOf("</" + name, close);
                if (end < 0) break;
                int endClose = html.indexOf('>', end);
                i = endClose < 0 ? n : endClose + 1;
                b.append(' ');
                continue;
            }
            if (name.equals("br") || name.equals("br/")) b.append('\n');
            else if (tag.startsWith("/") && tag.substring(1).trim().matches("(p|div|li|tr|h[1-6])")) b.append('\n');
            i = close + 1;
        }
        String t = b.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return t.replaceAll("[ \t]+", " ").replaceAll("\n\\s*\n+", "\n\n").strip();
    }

    private static String subject(MimeMessage msg) {
        try {
            String s = msg.getSubject();
            return s == null ? "" : cut(s.replaceAll("[\r\n]+", " ").trim(), 1000);
        } catch (MessagingException | RuntimeException e) {
            String s = header(msg, "Subject");
            return s == null ? "" : cut(s, 1000);
        }
    }

    private static String language(String header) {
        if (header == null || header.isBlank()) return null;
        String first = header.split(",")[0].trim().toLowerCase(Locale.ROOT);
        if (first.length() > 2 && (first.charAt(2) == '-' || first.charAt(2) == '_')) first = first.substring(0, 2);
        return first.isEmpty() || first.length() > 10 ? null : first;
    }

    private static ContentType contentType(String value) {
        if (value == null) return null;
        try {
            return new ContentType(value);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static InternetAddress firstAddress(String header) {
        List<InternetAddress> all = addresses(header);
        return all.isEmpty() ? null : all.getFirst();
    }

    private static List<InternetAddress> addresses(String header) {
        if (header == null || header.isBlank()) return List.of();
        try {
            return List.of(InternetAddress.parseHeader(header, false));
        } catch (MessagingException | RuntimeException e) {
            return List.of();
        }
    }

    private static String header(MimeMessage msg, String name) {
        try {
            return msg.getHeader(name, ",");
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String[] headers(MimeMessage msg, String name) {
        try {
            String[] v = msg.getHeader(name);
            return v == null ? new String[0] : v;
        } catch (MessagingException | RuntimeException e) {
            return new String[0];
        }
    }
}
