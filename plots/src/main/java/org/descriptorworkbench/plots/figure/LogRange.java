package org.descriptorworkbench.plots.figure;

/** The range of a logarithmic axis that holds every positive value, widened to whole decades. */
public final class LogRange {

    private LogRange() {
    }

    /**
     * {min, max} as powers of ten around the positive values at or above {@code floor}; {floor, 1} when
     * there are none. Values below the floor (rounding noise under a zero level) do not stretch the axis.
     */
    public static double[] of(double floor, double[]... arrays) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double[] values : arrays) {
            for (double v : values) {
                if (v > 0 && v >= floor && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (hi == 0) {
            return new double[] {floor, Math.max(1, floor * 10)};
        }
        double min = Math.pow(10, Math.floor(Math.log10(lo)));
        double max = Math.pow(10, Math.ceil(Math.log10(hi)));
        return new double[] {min, max > min ? max : min * 10};
    }
}
