package org.descriptorworkbench.descriptor.soap;

/**
 * Gauss–Legendre quadrature nodes and weights on [−1, 1], nodes ascending, found by Newton's
 * method on the Legendre polynomial (accurate to a few ulps for the 100-point rule DScribe uses
 * for its polynomial radial basis).
 */
public final class GaussLegendre {
    private final double[] nodes;
    private final double[] weights;

    public GaussLegendre(int points) {
        if (points < 1) {
            throw new IllegalArgumentException("need at least one point");
        }
        nodes = new double[points];
        weights = new double[points];
        for (int i = 0; i < (points + 1) / 2; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (points + 0.5));
            double derivative = 0;
            for (int iter = 0; iter < 100; iter++) {
                double[] pd = legendre(points, x);
                derivative = pd[1];
                double dx = pd[0] / derivative;
                x -= dx;
                if (Math.abs(dx) < 1e-16) {
                    derivative = legendre(points, x)[1];
                    break;
                }
            }
            double w = 2.0 / ((1 - x * x) * derivative * derivative);
            nodes[i] = -x;
            nodes[points - 1 - i] = x;
            weights[i] = w;
            weights[points - 1 - i] = w;
        }
    }

    /** P_n(x) and P_n'(x). */
    private static double[] legendre(int n, double x) {
        double p0 = 1;
        double p1 = x;
        if (n == 0) {
            return new double[] {1, 0};
        }
        for (int k = 2; k <= n; k++) {
            double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
            p0 = p1;
            p1 = p2;
        }
        return new double[] {p1, n * (x * p1 - p0) / (x * x - 1)};
    }

    public int size() {
        return nodes.length;
    }

    public double node(int i) {
        return nodes[i];
    }

    public double weight(int i) {
        return weights[i];
    }
}
