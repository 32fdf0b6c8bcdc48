package weightinit.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A per-epoch chart like the paper's Figure 3 (JFreeChart, PNG): accuracy over epochs, one line
 * per initialization and seed, solid or dashed, with horizontal reference lines (chance and its
 * confidence band).
 */
public final class EpochChart {

    private record Line(XYSeries series, Color colour, boolean dashed, boolean reference) {
    }

    private final String title;
    private final String yLabel;
    private final List<Line> lines = new ArrayList<>();

    public EpochChart(String title, String yLabel) {
        this.title = title;
        this.yLabel = yLabel;
    }

    /** Adds a line: values[e] at epoch e + 1. */
    public EpochChart line(String name, double[] values, Color colour, boolean dashed) {
        XYSeries series = new XYSeries(name);
        for (int e = 0; e < values.length; e++) {
            series.add(e + 1, values[e]);
        }
        lines.add(new Line(series, colour, dashed, false));
        return this;
    }

    /** Adds a thin grey horizontal line over epochs 1..epochs. */
    public EpochChart reference(String name, double value, int epochs) {
        XYSeries series = new XYSeries(name);
        series.add(1, value);
        series.add(Math.max(epochs, 2), value);
        lines.add(new Line(series, Color.GRAY, true, true));
        return this;
    }

    /** The chart as PNG bytes. */
    public byte[] png(int width, int height) {
        XYSeriesCollection data = new XYSeriesCollection();
        lines.forEach(l -> data.addSeries(l.series()));
        JFreeChart chart = ChartFactory.createXYLineChart(title, "epoch", yLabel, data, PlotOrientation.VERTICAL,
                true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            renderer.setSeriesPaint(i, line.colour());
            renderer.setSeriesShapesVisible(i, !line.reference());
            renderer.setSeriesStroke(i, line.dashed()
                    ? new BasicStroke(line.reference() ? 1f : 2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f)
                    : new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 1);
        return Charts.png(chart, width, height);
    }
}
