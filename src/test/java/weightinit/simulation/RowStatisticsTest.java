package weightinit.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The vectorised row statistics against the scalar loop on the same rows. They differ only in
 * summation order and in the single rounding of fused multiply-adds: 1e-13 relative is over a
 * hundred times the rounding of a sum of 10^3 terms either way; the count of |x| above the
 * threshold is exact.
 */
class RowStatisticsTest {

    @Test
    void theBuildLoadsTheVectorApiSoTheMonteCarloRunsVectorisedWhereTheMachineCan() {
        // pom.xml adds jdk.incubator.vector to the test JVM; a build that drops it would fall back silently
        assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector")).isPresent();
        if (VectorRowKernel.supported()) {
            assertThat(RowStatistics.fastest()).isInstanceOf(VectorRowKernel.class);
            assertThat(DeepNetworkSimulation.statisticsKernel()).isEqualTo("jdk.incubator.vector, 4 lanes of float64");
        } else {
            // 128-bit vectors (arm64's NEON): the API would emulate four lanes, slowly
            assertThat(RowStatistics.fastest()).isSameAs(RowStatistics.SCALAR);
        }
    }

    @Test
    void vectorAndScalarKernelsAgreeToSummationOrder() {
        // a width that is not a multiple of the lanes, so the row tails are exercised too
        int batch = 7;
        int width = 1003;
        RandomGenerator random = Seeds.generator(3);
        DoubleBuffer pre = ByteBuffer.allocateDirect(8 * batch * width).order(ByteOrder.nativeOrder()).asDoubleBuffer();
        DoubleBuffer out = ByteBuffer.allocateDirect(8 * batch * width).order(ByteOrder.nativeOrder()).asDoubleBuffer();
        for (int i = 0; i < batch * width; i++) {
            double y = 0.3 + 1.5 * random.nextGaussian();
            pre.put(i, y);
            out.put(i, Math.tanh(y));
        }
        RowStatistics scalar = new RowStatistics(batch);
        RowStatistics vector = new RowStatistics(batch);
        RowStatistics.SCALAR.rows(pre, out, 0, batch, width, DeepNetworkSimulation.SATURATION, scalar);
        // in two ranges, as two threads would
        VectorRowKernel kernel = new VectorRowKernel();
        kernel.rows(pre, out, 0, 3, width, DeepNetworkSimulation.SATURATION, vector);
        kernel.rows(pre, out, 3, batch, width, DeepNetworkSimulation.SATURATION, vector);
        for (int a = 0; a < batch; a++) {
            assertClose("mean of y", a, vector.preMean[a], scalar.preMean[a]);
            assertClose("mean of y^2", a, vector.preSecond[a], scalar.preSecond[a]);
            assertClose("mean of x", a, vector.mean[a], scalar.mean[a]);
            assertClose("mean of x^2", a, vector.second[a], scalar.second[a]);
            assertClose("squared deviations", a, vector.deviations[a], scalar.deviations[a]);
            assertThat(vector.saturated[a]).as("saturated share, row " + a).isEqualTo(scalar.saturated[a]);
        }
        // not vacuous: the rows have saturated entries, and rows differ
        assertThat(scalar.saturated[0]).isBetween(0.2, 0.8);
        assertThat(scalar.mean[1]).isNotEqualTo(scalar.mean[0]);
    }

    private static void assertClose(String what, int row, double vector, double scalar) {
        assertThat(vector).as(what + ", row " + row).isCloseTo(scalar, within(1e-13 * Math.max(1, Math.abs(scalar))));
    }
}
