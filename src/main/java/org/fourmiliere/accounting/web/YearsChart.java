package org.fourmiliere.accounting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fourmiliere.accounting.Statements;

/** Net value and profit by fiscal year as SVG geometry: a bar per year for profit, a line for net value. */
public record YearsChart(int width, int height, int zeroY, List<Bar> bars, String netValuePoints, BigDecimal max, BigDecimal min) {

    public record Bar(String label, int x, int y, int w, int h, boolean loss, int labelX, BigDecimal profit, BigDecimal netValue,
                      int dotY) {}

    static YearsChart of(List<Statements.YearFigures> years) {
        int width = 720, height = 260, top = 20, bottom = 30, left = 10;
        double max = 0, min = 0;
        for (var y : years) {
            max = Math.max(max, Math.max(y.profit().doubleValue(), y.netValue().doubleValue()));
            min = Math.min(min, Math.min(y.profit().doubleValue(), y.netValue().doubleValue()));
        }
        if (max == min) max = min + 1;
        double scale = (height - top - bottom) / (max - min);
        int zeroY = (int) Math.round(top + max * scale);
        int n = Math.max(1, years.size());
        int slot = (width - left * 2) / n;
        List<Bar> bars = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            var y = years.get(i);
            double p = y.profit().doubleValue();
            int h = (int) Math.round(Math.abs(p) * scale);
            int x = left + i * slot + slot / 4;
            int barY = p >= 0 ? zeroY - h : zeroY;
            int dotY = (int) Math.round(top + (max - y.netValue().doubleValue()) * scale);
            int cx = left + i * slot + slot / 2;
            points.append(cx).append(',').append(dotY).append(' ');
            bars.add(new Bar(y.label(), x, barY, slot / 2, Math.max(h, 1), p < 0, cx, y.profit(), y.netValue(), dotY));
        }
        return new YearsChart(width, height, zeroY, bars, points.toString().strip(), BigDecimal.valueOf(max), BigDecimal.valueOf(min));
    }
}
