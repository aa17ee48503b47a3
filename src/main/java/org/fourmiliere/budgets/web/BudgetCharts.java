package org.fourmiliere.budgets.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fourmiliere.budgets.internal.BudgetService;
import org.fourmiliere.budgets.internal.CashFlow;
import org.fourmiliere.budgets.internal.Evaluation;
import org.fourmiliere.budgets.internal.Profitability;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The budgets' charts, drawn on the server with JFreeChart into SVG (org.jfree.svg): they print, go into PDFs and
 * need no script. Each page shows the table of the same figures beside its chart. Amounts are converted to double for
 * drawing only; every figure a person reads is in the table, to the cent.
 */
final class BudgetCharts {

    static final int WIDTH = 720;
    static final int HEIGHT = 320;

    private BudgetCharts() {}

    record Labels(String budget, String actual, String balance, String cushion, String revenue, String expenses, String margin) {}

    static String evaluation(Evaluation.Result r, Labels l) {
        return svg(evaluationChart(r, l));
    }

    static JFreeChart evaluationChart(Evaluation.Result r, Labels l) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Evaluation.Line line : r.lines()) {
            data.addValue(line.budget(), l.budget(), line.account());
            data.addValue(line.actual(), l.actual(), line.account());
        }
        return ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, true, false, false);
    }

    static String cashFlow(List<CashFlow.Result> results, Labels l) {
        return svg(cashFlowChart(results, l));
    }

    static JFreeChart cashFlowChart(List<CashFlow.Result> results, Labels l) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CashFlow.Result r : results)
            for (CashFlow.Month m : r.months())
                data.addValue(m.closing(), r.scenario() == null ? l.balance() : l.balance() + " (" + r.scenario() + ")", m.month().toString());
        return balanceChart(data, results.isEmpty() ? null : results.getFirst().cushion(), l);
    }

    /** The week-by-week balance, each week named by its first day. */
    static JFreeChart cashFlowWeeksChart(List<CashFlow.Weekly> results, Labels l) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CashFlow.Weekly r : results)
            for (CashFlow.Week w : r.weeks())
                data.addValue(w.closing(), r.scenario() == null ? l.balance() : l.balance() + " (" + r.scenario() + ")", w.from().toString());
        return balanceChart(data, results.isEmpty() ? null : results.getFirst().cushion(), l);
    }

    private static JFreeChart balanceChart(DefaultCategoryDataset data, BigDecimal cushionAmount, Labels l) {
        JFreeChart chart = ChartFactory.createLineChart(null, null, null, data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        if (cushionAmount != null) {
            ValueMarker cushion = new ValueMarker(cushionAmount.doubleValue());
            cushion.setPaint(new Color(0xB0, 0x30, 0x30));
            cushion.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
            cushion.setLabel(l.cushion());
            plot.addRangeMarker(cushion);
        }
        return chart;
    }

    static String profitability(Profitability.Result r, Labels l) {
        return svg(profitabilityChart(r, l));
    }

    static JFreeChart profitabilityChart(Profitability.Result r, Labels l) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Profitability.Line line : r.lines()) {
            data.addValue(line.revenue(), l.revenue(), line.name());
            data.addValue(line.directCosts().add(line.overheadShare()), l.expenses(), line.name());
            data.addValue(line.margin(), l.margin(), line.name());
        }
        return ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, true, false, false);
    }

    /** Shares of a whole (revenue by department), as a pie. */
    static String shares(Map<String, BigDecimal> parts) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        parts.forEach((k, v) -> {
            if (v.signum() > 0) data.setValue(k, v);
        });
        return svg(ChartFactory.createPieChart(null, data, true, false, false));
    }

    /** Revenue and expenses per month (peaks and troughs). */
    static String monthly(Map<String, BigDecimal[]> months, Labels l) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        months.forEach((m, v) -> {
            data.addValue(v[0], l.revenue(), m);
            data.addValue(v[1], l.expenses(), m);
        });
        return svg(ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, true, false, false));
    }

    /** Full-time equivalents per fiscal year (bars). */
    static String fte(List<BudgetService.YearFigures> years, String fteLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BudgetService.YearFigures y : years) data.addValue(y.fte(), fteLabel, y.label());
        return svg(ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, true, false, false));
    }

    /** The hours punched per fiscal year under each engagement, in % of the three (stacked bars). */
    static String hoursShares(List<BudgetService.YearFigures> years, String salaried, String freelance, String volunteer) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BudgetService.YearFigures y : years) {
            BudgetService.LabourHours h = y.labourHours();
            data.addValue(h.salariedShare() == null ? BigDecimal.ZERO : h.salariedShare(), salaried, y.label());
            data.addValue(h.freelanceShare() == null ? BigDecimal.ZERO : h.freelanceShare(), freelance, y.label());
            data.addValue(h.volunteerShare() == null ? BigDecimal.ZERO : h.volunteerShare(), volunteer, y.label());
        }
        return svg(ChartFactory.createStackedBarChart(null, null, "%", data, PlotOrientation.VERTICAL, true, false, false));
    }

    /** Salaried against freelance labour per fiscal year, in % of the two (stacked bars). */
    static String labourShares(List<BudgetService.YearFigures> years, String salaried, String freelance) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BudgetService.YearFigures y : years) {
            data.addValue(y.salariedShare() == null ? BigDecimal.ZERO : y.salariedShare(), salaried, y.label());
            data.addValue(y.freelanceShare() == null ? BigDecimal.ZERO : y.freelanceShare(), freelance, y.label());
        }
        return svg(ChartFactory.createStackedBarChart(null, null, "%", data, PlotOrientation.VERTICAL, true, false, false));
    }

    /** Net value (at each year's end) and profit per fiscal year (lines). */
    static String netValue(List<BudgetService.YearFigures> years, String netValue, String profit) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BudgetService.YearFigures y : years) {
            data.addValue(y.netValue(), netValue, y.label());
            data.addValue(y.profit(), profit, y.label());
        }
        return svg(ChartFactory.createLineChart(null, null, null, data, PlotOrientation.VERTICAL, true, false, false));
    }

    /** The same chart as a PNG (for the PDFs: their renderer reads images, not SVG). */
    static byte[] png(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.jfree.chart.ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String svg(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g2.getSVGElement();
    }
}
