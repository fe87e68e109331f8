package org.descriptorworkbench.descriptor.soap;

/**
 * Piecewise cubic Hermite tables of smooth radial functions f_i(r) on [0, radius], built from exact
 * values and derivatives at the nodes, so that the expansion costs a table look-up per atom instead
 * of exponentials (GTO) or a 100-point quadrature with Bessel functions (polynomial). Callers
 * give a node spacing proportional to σ (the interpolation error is of order (h/σ)⁴/384 of a
 * function's size), keeping it near 1e-11 or below for every σ (tested against the exact functions).
 */
final class RadialTable {
    /** Largest table kept (16 MiB of doubles); bigger ones are not built and callers compute exactly. */
    private static final long MAX_VALUES = 2L << 20;

    /** Exact values and r-derivatives of every function at one radius. */
    interface Source {
        void evaluate(double r, double[] values, double[] derivatives);
    }

    private final int functions;
    private final double spacing;
    private final double radius;
    private final double[] coefficients;

    private RadialTable(int functions, double spacing, int intervals, Source source) {
        this.functions = functions;
        this.spacing = spacing;
        this.radius = intervals * spacing;
        this.coefficients = new double[intervals * functions * 4];
        double[] f0 = new double[functions];
        double[] d0 = new double[functions];
        double[] f1 = new double[functions];
        double[] d1 = new double[functions];
        source.evaluate(0, f0, d0);
        for (int i = 0; i < intervals; i++) {
            source.evaluate((i + 1) * spacing, f1, d1);
            for (int f = 0; f < functions; f++) {
                double s0 = spacing * d0[f];
                double s1 = spacing * d1[f];
                int at = (i * functions + f) * 4;
                coefficients[at] = f0[f];
                coefficients[at + 1] = s0;
                coefficients[at + 2] = 3 * (f1[f] - f0[f]) - 2 * s0 - s1;
                coefficients[at + 3] = 2 * (f0[f] - f1[f]) + s0 + s1;
            }
            System.arraycopy(f1, 0, f0, 0, functions);
            System.arraycopy(d1, 0, d0, 0, functions);
        }
    }

    /** A table of {@code functions} functions on [0, radius] with the given node spacing, or null if it would be too large. */
    static RadialTable of(int functions, double radius, double spacing, Source source) {
        long intervals = (long) Math.ceil(radius / spacing) + 1;
        if (radius <= 0 || intervals * functions * 4 > MAX_VALUES) {
            return null;
        }
        return new RadialTable(functions, spacing, (int) intervals, source);
    }

    /** True if r lies inside the table. */
    boolean covers(double r) {
        return r < radius;
    }

    /** Writes the interpolated values of every function at r (which must be covered) into out. */
    void evaluate(double r, double[] out) {
        double x = r / spacing;
        int i = (int) x;
        double u = x - i;
        double[] t = coefficients;
        int at = i * functions * 4;
        for (int f = 0; f < functions; f++, at += 4) {
            out[f] = t[at] + u * (t[at + 1] + u * (t[at + 2] + u * t[at + 3]));
        }
    }
}
