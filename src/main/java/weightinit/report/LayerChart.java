package weightinit.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import weightinit.numerics.Estimate;

/**
 * A per-layer chart (JFreeChart, PNG): each series one line over layers 1..M with a band of
 * +-2 standard errors, e.g. measured moments against the theory's fixed point.
 */
public final class LayerChart {

    private static final Color[] COLOURS = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd),
        new Color(0x8c564b)
    };

    private final String title;
    private final String yLabel;
    private final Map<String, Estimate[]> series = new LinkedHashMap<>();
    private boolean logarithmic;

    public LayerChart(String title, String yLabel) {
        this.title = title;
        this.yLabel = yLabel;
    }

    /** Adds a series: one estimate per layer, layer 1 first. */
    public LayerChart series(String name, Estimate[] perLayer) {
        series.put(name, perLayer.clone());
        return this;
    }

    /** Adds a constant reference line, e.g. the exact fixed point. */
    public LayerChart reference(String name, double value, int depth) {
        Estimate[] line = new Estimate[depth];
        for (int i = 0; i < depth; i++) {
            line[i] = new Estimate(value, 0);
        }
        return series(name, line);
    }

    /** A logarithmic value axis (for quantities that decay exponentially with depth). */
    public LayerChart logarithmic() {
        this.logarithmic = true;
        return this;
    }

    /** The chart as PNG bytes. */
    public byte[] png(int width, int height) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        series.forEach((name, values) -> {
            YIntervalSeries s = new YIntervalSeries(name);
            for (int i = 0; i < values.length; i++) {
                Estimate e = values[i];
                double low = e.value() - 2 * e.error();
                s.add(i + 1, e.value(), logarithmic ? Math.max(low, e.value() / 10) : low, e.value() + 2 * e.error());
            }
            data.addSeries(s);
        });
        JFreeChart chart = ChartFactory.createXYLineChart(title, "layer m", yLabel, data, PlotOrientation.VERTICAL,
                true, false, false);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int i = 0; i < series.size(); i++) {
            Color colour = COLOURS[i % COLOURS.length];
            renderer.setSeriesPaint(i, colour);
            renderer.setSeriesFillPaint(i, colour);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        renderer.setAlpha(0.2f);
        plot.setRenderer(renderer);
        if (logarithmic) {
            LogAxis axis = new LogAxis(yLabel);
            axis.setSmallestValue(1e-12);
            axis.setNumberFormatOverride(new DecimalFormat("0.0##E0"));
            plot.setRangeAxis(axis);
        }
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return Charts.png(chart, width, height);
    }
}
