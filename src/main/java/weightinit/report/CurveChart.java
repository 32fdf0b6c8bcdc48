package weightinit.report;

import java.awt.BasicStroke;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** A chart of functions y = f(x) over an interval (JFreeChart, PNG), e.g. the densities of Figure 1. */
public final class CurveChart {

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final XYSeriesCollection data = new XYSeriesCollection();

    public CurveChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** Adds f sampled at {@code points} points of the open interval (from, to). */
    public CurveChart curve(String name, DoubleUnaryOperator f, double from, double to, int points) {
        XYSeries series = new XYSeries(name);
        for (int i = 1; i < points; i++) {
            double x = from + (to - from) * i / points;
            series.add(x, f.applyAsDouble(x));
        }
        data.addSeries(series);
        return this;
    }

    /** Adds a histogram density of {@code sample} over {@code bins} bins of (from, to), as a line. */
    public CurveChart histogram(String name, double[] sample, double from, double to, int bins) {
        double[] counts = new double[bins];
        double width = (to - from) / bins;
        for (double x : sample) {
            int bin = (int) ((x - from) / width);
            if (bin >= 0 && bin < bins) {
                counts[bin]++;
            }
        }
        XYSeries series = new XYSeries(name);
        for (int b = 0; b < bins; b++) {
            series.add(from + (b + 0.5) * width, counts[b] / (sample.length * width));
        }
        data.addSeries(series);
        return this;
    }

    /** The chart as PNG bytes. */
    public byte[] png(int width, int height) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                true, false, false);
        XYPlot plot = chart.getXYPlot();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            plot.getRenderer().setSeriesStroke(i, new BasicStroke(2f));
        }
        return Charts.png(chart, width, height);
    }
}
