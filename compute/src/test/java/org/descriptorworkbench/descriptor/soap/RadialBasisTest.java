package org.descriptorworkbench.descriptor.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The radial bases against DScribe's own internals (dscribe_soap_basis.json) and orthonormality. */
class RadialBasisTest {
    private static final JsonNode RESULTS = ReferenceData.json("dscribe_soap_basis.json").get("results");

    private static GtoBasis gto(JsonNode r) {
        return new GtoBasis(r.get("r_cut").asDouble(), r.get("n_max").asInt(), r.get("l_max").asInt(), r.get("sigma").asDouble());
    }

    private static PolynomialBasis polynomial(JsonNode r) {
        return new PolynomialBasis(r.get("r_cut").asDouble(), r.get("n_max").asInt(), r.get("l_max").asInt(),
                r.get("sigma").asDouble());
    }

    @Test
    void gtoExponentsMatchDScribe() {
        for (JsonNode r : RESULTS) {
            GtoBasis basis = gto(r);
            JsonNode alphas = r.get("gto_alphas[l][k]");
            for (int l = 0; l < alphas.size(); l++) {
                for (int k = 0; k < alphas.get(l).size(); k++) {
                    double expected = alphas.get(l).get(k).asDouble();
                    assertEquals(expected, basis.alpha(l, k), 1e-9 * Math.abs(expected), "alpha l=" + l + " k=" + k);
                }
            }
        }
    }

    @Test
    void gtoOrthonormalisationMatchesDScribe() {
        for (JsonNode r : RESULTS) {
            GtoBasis basis = gto(r);
            JsonNode betas = r.get("gto_betas[l][n][k]");
            for (int l = 0; l < betas.size(); l++) {
                double max = 0;
                double diff = 0;
                for (int n = 0; n < betas.get(l).size(); n++) {
                    for (int k = 0; k < betas.get(l).get(n).size(); k++) {
                        double expected = betas.get(l).get(n).get(k).asDouble();
                        max = Math.max(max, Math.abs(expected));
                        diff = Math.max(diff, Math.abs(expected - basis.beta(l, n, k)));
                    }
                }
                assertTrue(diff <= 1e-9 * max, "beta l=" + l + " n_max=" + r.get("n_max") + ": " + diff / max);
            }
        }
    }

    @Test
    void polynomialGridIsDScribesGaussLegendreGrid() {
        for (JsonNode r : RESULTS) {
            PolynomialBasis basis = polynomial(r);
            JsonNode rx = r.get("poly_rx[100]");
            for (int w = 0; w < PolynomialBasis.GRID_POINTS; w++) {
                assertEquals(rx.get(w).asDouble(), basis.gridRadius(w), 1e-13, "r_w at " + w);
            }
        }
    }

    @Test
    void polynomialFunctionsMatchDScribeForTheReferenceSettings() {
        JsonNode r = RESULTS.get(0);
        assertEquals(4, r.get("n_max").asInt());
        assertTrue(polynomialDifference(r) <= 1e-8, "relative difference " + polynomialDifference(r));
    }

    @Test
    void polynomialFunctionsForEightFunctionsAgreeAsFarAsDScribesOwnConditioningAllows() {
        JsonNode r = RESULTS.get(1);
        assertEquals(8, r.get("n_max").asInt());
        assertTrue(polynomialDifference(r) <= 1e-4, "relative difference " + polynomialDifference(r));
    }

    private static double polynomialDifference(JsonNode r) {
        PolynomialBasis basis = polynomial(r);
        JsonNode gss = r.get("poly_gss[n][100]");
        double worst = 0;
        for (int n = 0; n < gss.size(); n++) {
            double max = 0;
            double diff = 0;
            for (int w = 0; w < PolynomialBasis.GRID_POINTS; w++) {
                double expected = gss.get(n).get(w).asDouble();
                max = Math.max(max, Math.abs(expected));
                diff = Math.max(diff, Math.abs(expected - basis.function(n, w)));
            }
            worst = Math.max(worst, diff / max);
        }
        return worst;
    }

    @Test
    void polynomialFunctionsAreOrthonormalOnTheGrid() {
        PolynomialBasis basis = new PolynomialBasis(4, 4, 3, 0.5);
        GaussLegendre rule = new GaussLegendre(PolynomialBasis.GRID_POINTS);
        for (int n = 0; n < 4; n++) {
            for (int n2 = 0; n2 < 4; n2++) {
                double sum = 0;
                for (int w = 0; w < PolynomialBasis.GRID_POINTS; w++) {
                    double r = basis.gridRadius(w);
                    sum += 2.0 * rule.weight(w) * r * r * basis.function(n, w) * basis.function(n2, w);
                }
                assertEquals(n == n2 ? 1 : 0, sum, 1e-9, "overlap " + n + "," + n2);
            }
        }
    }

    @Test
    void gaussLegendreIntegratesPolynomialsOfDegreeTwoNMinusOneExactly() {
        GaussLegendre rule = new GaussLegendre(100);
        double sum = 0;
        for (int i = 0; i < rule.size(); i++) {
            sum += rule.weight(i) * Math.pow(rule.node(i), 198);
        }
        assertEquals(2.0 / 199, sum, 1e-15);
    }

    @Test
    void tabulatedGtoRadialFunctionsAgreeWithExactOnes() {
        for (double sigma : new double[] {0.5, 0.1}) {
            assertTableAgrees(new GtoBasis(5, 8, 6, sigma), new GtoBasis(5, 8, 6, sigma, 6.9), sigma);
        }
    }

    @Test
    void tabulatedPolynomialIntegralsAgreeWithExactOnes() {
        for (double sigma : new double[] {0.5, 0.1}) {
            assertTableAgrees(new PolynomialBasis(4, 4, 3, sigma), new PolynomialBasis(4, 4, 3, sigma, 5.9), sigma);
        }
    }

    private static void assertTableAgrees(RadialBasis exact, RadialBasis table, double sigma) {
        double[] a = new double[exact.blockSize()];
        double[] b = new double[exact.blockSize()];
        RadialBasis.Scratch sa = exact.newScratch();
        RadialBasis.Scratch sb = table.newScratch();
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 200; i++) {
            double x = random.nextDouble() * 6 - 3;
            double y = random.nextDouble() * 6 - 3;
            double z = random.nextDouble() * 6 - 3;
            java.util.Arrays.fill(a, 0);
            java.util.Arrays.fill(b, 0);
            exact.addNeighbour(x, y, z, 1, a, 0, sa);
            table.addNeighbour(x, y, z, 1, b, 0, sb);
            double max = 0;
            double diff = 0;
            for (int j = 0; j < a.length; j++) {
                max = Math.max(max, Math.abs(a[j]));
                diff = Math.max(diff, Math.abs(a[j] - b[j]));
            }
            assertTrue(diff <= 1e-10 * max, "sigma " + sigma + ": relative difference " + diff / max);
        }
    }
}
