package org.nd4j.nativeblas;

/**
 * Compatibility shim for DL4J 1.0.0-M2.1, not part of the reproduction's maths.
 *
 * <p>DL4J's {@code BaseMKLDNNHelper.mklDnnEnabled()} decides whether its oneDNN layer helpers
 * may run by reflectively calling {@code org.nd4j.nativeblas.Nd4jCpu$Environment.getInstance()
 * .isUseMKLDNN()}. In ND4J 1.0.0-M2.1 that class moved to
 * {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment} and the method was renamed
 * {@code isUseONEDNN}, so the lookup fails and DL4J silently trains with its slow built-in
 * im2col path even on ND4J's oneDNN build (measured in {@code docs/speed.md}). This class puts
 * the old name back and answers with the native library's own flag; it changes which
 * implementation of the same convolution runs, nothing else.
 */
public final class Nd4jCpu {

    private Nd4jCpu() {
    }

    /** The old name of ND4J's native environment, as DL4J looks it up. */
    public static final class Environment {

        private static final Environment INSTANCE = new Environment();

        private Environment() {
        }

        public static Environment getInstance() {
            return INSTANCE;
        }

        /** Whether the loaded native library was built with oneDNN and uses it. */
        public boolean isUseMKLDNN() {
            return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN();
        }
    }
}
