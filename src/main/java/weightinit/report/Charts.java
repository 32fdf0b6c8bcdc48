package weightinit.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/** The report's chart style and PNG rendering, shared by {@link LayerChart} and {@link CurveChart}. */
final class Charts {

    private Charts() {
    }

    /** White background, light grid, PNG bytes. */
    static byte[] png(JFreeChart chart, int width, int height) {
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        chart.setBackgroundPaint(Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render chart '" + chart.getTitle().getText() + "'", e);
        }
        return out.toByteArray();
    }
}
