package org.descriptorworkbench.descriptor.soap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.Environment;
import org.descriptorworkbench.descriptor.StructureEnvironments;
import org.descriptorworkbench.structure.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fitted optimal radial basis of seed 003 §2.1: eigenvalues, residual variance (eq. 2.12) and radial functions (eq. 2.5). */
class OptimalRadialBasisTest {

    private static OptimalRadialBasis fit(String soapOptions, String optimalOptions) {
        DescriptorSpec spec = DescriptorCatalog.parse(OptimalFitData.spec(soapOptions, optimalOptions));
        return OptimalRadialBasis.fit(spec, OptimalFitData.SPECIES, OptimalFitData.dataset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "true"})
    void eigenvaluesAreSortedAndResidualVarianceNeverRises(String mixed) {
        OptimalRadialBasis basis = fit("", "q_max=4, mixed=" + mixed);
        List<ResidualVarianceCurve> curves = basis.residualVariance();
        assertEquals(basis.channelCount() * (basis.lMax() + 1), curves.size());
        for (ResidualVarianceCurve curve : curves) {
            double[] values = curve.eigenvalues();
            for (int q = 1; q < values.length; q++) {
                assertTrue(values[q] <= values[q - 1], curve.channel() + " l=" + curve.l() + ": eigenvalues not decreasing");
            }
            double[] rv = curve.residualVariance();
            assertEquals(1.0, rv[0], 0.0);
            for (int q = 1; q < rv.length; q++) {
                assertTrue(rv[q] <= rv[q - 1], curve.channel() + " l=" + curve.l() + ": RV rises at q=" + q);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "true"})
    void residualVarianceVanishesWithTheWholePrimitiveBasis(String mixed) {
        OptimalRadialBasis basis = fit("", "q_max=4, mixed=" + mixed);
        for (ResidualVarianceCurve curve : basis.residualVariance()) {
            int full = mixed.equals("true") ? 3 * basis.nMax() : basis.nMax();
            assertEquals(full + 1, curve.residualVariance().length);
            assertEquals(0.0, curve.at(full), 1e-12, curve.channel() + " l=" + curve.l());
        }
        assertEquals(0.0, basis.totalResidualVariance().at(basis.totalResidualVariance().eigenvalues().length), 1e-12);
    }

    /** Eq. 2.12 evaluated directly: the squared norm the q leading contracted coefficients keep, over all fit environments. */
    @Test
    void residualVarianceIsTheNormLostByTheContractedCoefficients() {
        OptimalRadialBasis basis = fit("", "q_max=3");
        DescriptorSpec primitive = DescriptorCatalog.parse("soap(r_cut=4, n_max=6, l_max=3, sigma=0.5)");
        SphericalExpansion expansion = SphericalExpansion.of(primitive, OptimalFitData.SPECIES);
        Dataset data = OptimalFitData.dataset();
        int nMax = 6;
        int channel = 1; // carbon
        int l = 2;
        double[] u = basis.eigenvectors(channel, l);
        double[] kept = new double[nMax + 1];
        double total = 0;
        double[] c = new double[expansion.size()];
        for (int s = 0; s < data.size(); s++) {
            StructureEnvironments envs = StructureEnvironments.of(data.get(s), s, expansion.neighbourRadius());
            for (int i = 0; i < envs.centreCount(); i++) {
                expansion.compute(envs.fill(i, new Environment()), expansion.newScratch(), c, 0);
                int base = channel * expansion.basis().blockSize();
                for (int m = -l; m <= l; m++) {
                    for (int n = 0; n < nMax; n++) {
                        double v = c[base + RadialBasis.index(nMax, l, n, m)];
                        total += v * v;
                    }
                    double cumulative = 0;
                    for (int q = 0; q < nMax; q++) {
                        double contracted = 0;
                        for (int n = 0; n < nMax; n++) {
                            contracted += u[q * nMax + n] * c[base + RadialBasis.index(nMax, l, n, m)];
                        }
                        cumulative += contracted * contracted;
                        kept[q + 1] += cumulative;
                    }
                }
            }
        }
        ResidualVarianceCurve curve = basis.residualVariance().get(channel * 4 + l);
        assertEquals("C", curve.channel());
        assertEquals(l, curve.l());
        for (int q = 1; q <= nMax; q++) {
            assertEquals(1 - kept[q] / total, curve.at(q), 1e-12, "RV(" + q + ")");
        }
    }

    /** The contracted functions of an orthonormal GTO basis are orthonormal in ∫_0^∞ R_q R_q' r² dr (Simpson to 3 r_cut). */
    @ParameterizedTest
    @ValueSource(strings = {"false", "true"})
    void contractedGtoFunctionsAreOrthonormal(String mixed) {
        OptimalRadialBasis basis = fit("", "q_max=5, mixed=" + mixed);
        int points = 6001;
        List<ContractedRadialFunctions> functions = basis.radialFunctions(points, 12);
        int neighbourSpecies = mixed.equals("true") ? 3 : 1;
        assertEquals(basis.channelCount() * neighbourSpecies * (basis.lMax() + 1), functions.size());
        for (int g = 0; g < basis.channelCount(); g++) {
            for (int l = 0; l <= basis.lMax(); l++) {
                double[][] overlap = new double[5][5];
                for (ContractedRadialFunctions f : functions) {
                    if (f.l() != l || !f.channel().equals(mixed.equals("true") ? "mixed" : new String[] {"H", "C", "O"}[g])) {
                        continue;
                    }
                    for (int q = 0; q < 5; q++) {
                        for (int p = 0; p < 5; p++) {
                            overlap[q][p] += simpson(f.radii(), f.values()[q], f.values()[p]);
                        }
                    }
                }
                for (int q = 0; q < 5; q++) {
                    for (int p = 0; p < 5; p++) {
                        assertEquals(q == p ? 1.0 : 0.0, overlap[q][p], 1e-8, "channel " + g + " l=" + l + " <" + q + "|" + p + ">");
                    }
                }
            }
        }
    }

    /** The polynomial primitives are orthonormal on [0, r_cut] and vanish beyond, so the contracted ones are too. */
    @Test
    void contractedPolynomialFunctionsAreOrthonormalUpToTheCutoff() {
        OptimalRadialBasis basis = fit(", basis=polynomial", "q_max=4");
        for (ContractedRadialFunctions f : basis.radialFunctions(4001, 4)) {
            for (int q = 0; q < 4; q++) {
                for (int p = 0; p < 4; p++) {
                    assertEquals(q == p ? 1.0 : 0.0, simpson(f.radii(), f.values()[q], f.values()[p]), 1e-8,
                            f.channel() + " l=" + f.l() + " <" + q + "|" + p + ">");
                }
            }
        }
    }

    @Test
    void polynomialRadialFunctionMatchesItsQuadratureValues() {
        PolynomialBasis basis = new PolynomialBasis(4, 5, 2, 0.5);
        for (int w = 0; w < PolynomialBasis.GRID_POINTS; w += 7) {
            for (int n = 0; n < 5; n++) {
                assertEquals(basis.function(n, w), basis.radialFunction(1, n, basis.gridRadius(w)), 1e-12);
            }
        }
        assertEquals(0.0, basis.radialFunction(0, 2, 4.2), 0.0);
    }

    private static double simpson(double[] r, double[] f, double[] g) {
        double h = r[1] - r[0];
        double sum = 0;
        for (int k = 0; k < r.length; k++) {
            double weight = k == 0 || k == r.length - 1 ? 1 : k % 2 == 1 ? 4 : 2;
            sum += weight * f[k] * g[k] * r[k] * r[k];
        }
        return sum * h / 3;
    }

    @Test
    void radialFunctionsSpanZeroToTheNeighbourRadius() {
        OptimalRadialBasis basis = fit("", "q_max=2");
        ContractedRadialFunctions first = basis.radialFunctions().get(0);
        assertEquals(OptimalRadialBasis.GRID_POINTS, first.radii().length);
        assertEquals(0.0, first.radii()[0], 0.0);
        assertEquals(4 + SoapSettings.PADDING_PER_SIGMA * 0.5, first.radii()[first.radii().length - 1], 1e-12);
        assertEquals(2, first.values().length);
    }

    @Test
    void resultRecordsSurviveJson() throws Exception {
        OptimalRadialBasis basis = fit("", "q_max=2, mixed=true");
        ObjectMapper json = new ObjectMapper();
        ResidualVarianceCurve curve = basis.residualVariance().get(1);
        ResidualVarianceCurve curveBack = json.readValue(json.writeValueAsString(curve), ResidualVarianceCurve.class);
        assertEquals(curve.channel(), curveBack.channel());
        assertEquals(curve.l(), curveBack.l());
        assertArrayEquals(curve.eigenvalues(), curveBack.eigenvalues(), 0.0);
        assertArrayEquals(curve.residualVariance(), curveBack.residualVariance(), 0.0);
        ContractedRadialFunctions functions = basis.radialFunctions(20).get(3);
        ContractedRadialFunctions functionsBack = json.readValue(json.writeValueAsString(functions), ContractedRadialFunctions.class);
        assertEquals("mixed", functionsBack.channel());
        assertEquals(functions.neighbourSpecies(), functionsBack.neighbourSpecies());
        assertArrayEquals(functions.radii(), functionsBack.radii(), 0.0);
        for (int q = 0; q < 2; q++) {
            assertArrayEquals(functions.values()[q], functionsBack.values()[q], 0.0);
        }
    }
}
