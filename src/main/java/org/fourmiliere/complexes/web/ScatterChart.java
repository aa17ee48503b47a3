package org.fourmiliere.complexes.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The scatter chart of the complexes as SVG, written on the server from the data: desirability across,
 * empowerment up, both from 1 to 5; each worker a dot whose area follows their hours, labelled. No script.
 * Names are escaped; numbers are written with a dot whatever the language.
 */
final class ScatterChart {

    record Dot(String label, BigDecimal desirability, BigDecimal empowerment, BigDecimal hours, boolean self) {}

    static final int WIDTH = 420, HEIGHT = 420, MARGIN = 50;

    private ScatterChart() {}

    static String svg(List<Dot> dots, String title, String xLabel, String yLabel) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"scatter\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\"><title>").append(esc(title)).append("</title>");
        // axes and grid, 1 to 5
        for (int v = 1; v <= 5; v++) {
            double x = x(v), y = y(v);
            s.append(line(x, MARGIN - 10, x, HEIGHT - MARGIN, "#ddd"));
            s.append(line(MARGIN, y, WIDTH - MARGIN + 10, y, "#ddd"));
            s.append(text(x, HEIGHT - MARGIN + 16, String.valueOf(v), "middle"));
            s.append(text(MARGIN - 8, y + 4, String.valueOf(v), "end"));
        }
        s.append(text(WIDTH / 2.0, HEIGHT - 10, xLabel, "middle"));
        s.append("<text x=\"14\" y=\"").append(HEIGHT / 2).append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
                .append(HEIGHT / 2).append(")\" font-size=\"12\">").append(esc(yLabel)).append("</text>");
        double maxHours = dots.stream().mapToDouble(d -> d.hours().doubleValue()).max().orElse(1);
        for (Dot d : dots) {
            double r = 4 + 16 * Math.sqrt(d.hours().doubleValue() / Math.max(1e-9, maxHours));
            double cx = x(d.desirability().doubleValue()), cy = y(d.empowerment().doubleValue());
            s.append(String.format(Locale.ROOT,
                    "<circle class=\"dot%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" fill-opacity=\"0.55\" stroke=\"#333\"><title>%s: %s × %s, %s h</title></circle>",
                    d.self() ? " self" : "", cx, cy, r, d.self() ? "#d9480f" : "#1c7ed6", esc(d.label()),
                    d.desirability().toPlainString(), d.empowerment().toPlainString(), d.hours().toPlainString()));
            s.append(text(cx + r + 2, cy + 4, d.label(), "start"));
        }
        return s.append("</svg>").toString();
    }

    static double x(double v) {
        return MARGIN + (v - 1) / 4 * (WIDTH - 2 * MARGIN);
    }

    static double y(double v) {
        return HEIGHT - MARGIN - (v - 1) / 4 * (HEIGHT - 2 * MARGIN);
    }

    private static String line(double x1, double y1, double x2, double y2, String color) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>", x1, y1, x2, y2, color);
    }

    private static String text(double x, double y, String t, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\">%s</text>", x, y, anchor, esc(t));
    }

    static String esc(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
