package org.descriptorworkbench.descriptor.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SolidHarmonicsTest {

    @Test
    void satisfyTheAdditionTheoremUpToDegreeTwenty() {
        SolidHarmonics harmonics = new SolidHarmonics(20);
        double[] y = new double[harmonics.size()];
        Random random = new Random(1);
        for (int trial = 0; trial < 50; trial++) {
            double[] u = randomUnitVector(random);
            harmonics.compute(u[0], u[1], u[2], y);
            for (int l = 0; l <= 20; l++) {
                double sum = 0;
                for (int m = -l; m <= l; m++) {
                    sum += y[l * l + l + m] * y[l * l + l + m];
                }
                assertEquals((2 * l + 1) / (4 * Math.PI), sum, 1e-13 * (2 * l + 1), "l=" + l);
            }
        }
    }

    @Test
    void areFiniteAndCorrectAtThePoles() {
        SolidHarmonics harmonics = new SolidHarmonics(20);
        double[] y = new double[harmonics.size()];
        harmonics.compute(0, 0, 1, y);
        for (int l = 0; l <= 20; l++) {
            assertEquals(Math.sqrt((2 * l + 1) / (4 * Math.PI)), y[l * l + l], 1e-13, "Y_l0 at the north pole, l=" + l);
            for (int m = 1; m <= l; m++) {
                assertEquals(0, y[l * l + l + m], 0);
                assertEquals(0, y[l * l + l - m], 0);
            }
        }
    }

    @Test
    void areOrthonormalOnTheSphere() {
        int lMax = 6;
        SolidHarmonics harmonics = new SolidHarmonics(lMax);
        int size = harmonics.size();
        double[][] gram = new double[size][size];
        GaussLegendre theta = new GaussLegendre(20);
        int phiPoints = 30;
        double[] y = new double[size];
        for (int i = 0; i < theta.size(); i++) {
            double z = theta.node(i);
            double s = Math.sqrt(1 - z * z);
            for (int j = 0; j < phiPoints; j++) {
                double phi = 2 * Math.PI * j / phiPoints;
                harmonics.compute(s * Math.cos(phi), s * Math.sin(phi), z, y);
                double w = theta.weight(i) * 2 * Math.PI / phiPoints;
                for (int a = 0; a < size; a++) {
                    for (int b = 0; b < size; b++) {
                        gram[a][b] += w * y[a] * y[b];
                    }
                }
            }
        }
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                assertEquals(a == b ? 1 : 0, gram[a][b], 1e-12, a + "," + b);
            }
        }
    }

    @Test
    void gradientsMatchCentralDifferences() {
        SolidHarmonics harmonics = new SolidHarmonics(12);
        int size = harmonics.size();
        double[] y = new double[size];
        double[] grad = new double[3 * size];
        double[] plus = new double[size];
        double[] minus = new double[size];
        Random random = new Random(2);
        double h = 1e-6;
        for (int trial = 0; trial < 10; trial++) {
            double[] p = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            harmonics.computeWithGradient(p[0], p[1], p[2], y, grad);
            for (int axis = 0; axis < 3; axis++) {
                double[] q = p.clone();
                q[axis] += h;
                harmonics.compute(q[0], q[1], q[2], plus);
                q[axis] -= 2 * h;
                harmonics.compute(q[0], q[1], q[2], minus);
                for (int i = 0; i < size; i++) {
                    double numeric = (plus[i] - minus[i]) / (2 * h);
                    assertEquals(numeric, grad[3 * i + axis], 1e-6 * Math.max(1, Math.abs(numeric)), "index " + i + " axis " + axis);
                }
            }
        }
    }

    static double[] randomUnitVector(Random random) {
        double[] v = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }
}
