package org.descriptorworkbench.descriptor.soap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.Environment;
import org.descriptorworkbench.descriptor.Signature;
import org.descriptorworkbench.descriptor.StructureEnvironments;
import org.descriptorworkbench.descriptor.SpecValue;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Element;
import org.descriptorworkbench.task.ParallelLoop;
import org.descriptorworkbench.task.Progress;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The data-driven radial basis of seed 003 §2.1: the principal axes of the rotationally invariant,
 * uncentred covariance of the primitive expansion coefficients of a fit dataset,
 * C^{αl}_{nn'} = (1/N_env) Σ_i Σ_m c^{iα}_{nlm} c^{iα}_{n'lm} per neighbour species α and degree l
 * (eq. 2.1), or with {@code mixed} one covariance per l over the combined index (α, n) (eq. 2.6).
 * The q_max leading eigenvectors U define the contraction (eq. 2.2, 2.7), the residual-variance
 * curves (eq. 2.12) and the contracted radial functions (eq. 2.5).
 *
 * <p>Environments are every atom of the fit dataset, expanded exactly as the SOAP spec says
 * (primitive basis with n_max functions, cutoff, weights, centre weight, species list); atoms of
 * species outside the list take no part in any density. Eigenvectors are ordered by decreasing
 * eigenvalue and signed so that their largest component is positive, which makes the basis
 * reproducible.
 */
public final class OptimalRadialBasis {
    /** Grid points of {@link #radialFunctions()}. */
    public static final int GRID_POINTS = 200;

    private final RadialBasis primitive;
    private final int[] species;
    private final int qMax;
    private final boolean mixed;
    private final double gridEnd;
    private final long environments;
    /** [l][group] trace of the covariance. */
    private final double[][] traces;
    /** [l][group] eigenvalues, decreasing. */
    private final double[][][] eigenvalues;
    /** [l][group] eigenvectors as rows (dim × dim, row-major), in the order of the eigenvalues. */
    private final double[][][] eigenvectors;
    private final RadialContraction contraction;

    private OptimalRadialBasis(SphericalExpansion expansion, int[] species, int qMax, boolean mixed, long environments,
                               double[][][] covariances) {
        this.primitive = expansion.basis();
        this.species = species.clone();
        this.qMax = qMax;
        this.mixed = mixed;
        this.gridEnd = expansion.neighbourRadius();
        this.environments = environments;
        int lMax = primitive.lMax();
        int groups = covariances[0].length;
        int dim = mixed ? species.length * primitive.nMax() : primitive.nMax();
        traces = new double[lMax + 1][groups];
        eigenvalues = new double[lMax + 1][groups][];
        eigenvectors = new double[lMax + 1][groups][];
        double[][][] kept = new double[lMax + 1][groups][];
        for (int l = 0; l <= lMax; l++) {
            for (int g = 0; g < groups; g++) {
                double[] c = covariances[l][g];
                for (int i = 0; i < dim; i++) {
                    traces[l][g] += c[i * dim + i];
                }
                eigenvalues[l][g] = new double[dim];
                eigenvectors[l][g] = new double[dim * dim];
                diagonalise(c, dim, eigenvalues[l][g], eigenvectors[l][g]);
                kept[l][g] = Arrays.copyOf(eigenvectors[l][g], qMax * dim);
            }
        }
        this.contraction = new RadialContraction(species.length, primitive.nMax(), lMax, qMax, mixed, kept);
    }

    /**
     * Fits the basis a {@code soap(..., radial=optimal(...))} spec names on its {@code fit} file,
     * with the species channels resolved against the described dataset's species.
     */
    static OptimalRadialBasis fromSpec(SoapSettings settings, SpecValue.Call radial) {
        Path file = Path.of(((SpecValue.Text) argument(radial, "fit")).value());
        Dataset data = StructureFiles.read(file);
        return fit(settings, radial, data);
    }

    /**
     * Fits the optimal basis of a SOAP spec with {@code radial=optimal(...)} on the given
     * dataset instead of the spec's fit file (e.g. on the dataset being described).
     *
     * @param datasetSpecies the species that {@code species=auto} resolves to
     * @throws ParameterException naming radial.q_max or radial.fit if the basis cannot be fitted
     */
    public static OptimalRadialBasis fit(DescriptorSpec spec, int[] datasetSpecies, Dataset data) {
        if (!spec.family().equals("soap") || !(spec.value("radial") instanceof SpecValue.Call radial)) {
            throw new IllegalArgumentException("an optimal radial basis needs a soap spec with radial=optimal(...), got " + spec);
        }
        return fit(SoapSettings.of(spec, datasetSpecies), radial, data);
    }

    private static OptimalRadialBasis fit(SoapSettings settings, SpecValue.Call radial, Dataset data) {
        int qMax = (int) Signature.number(radial, "q_max");
        boolean mixed = ((SpecValue.Word) argument(radial, "mixed")).name().equals("true");
        int[] species = settings.species();
        int dim = mixed ? species.length * settings.nMax() : settings.nMax();
        if (qMax > dim) {
            throw new ParameterException("radial.q_max", "must not exceed " + (mixed ? "S·n_max = " : "n_max = ") + dim
                    + ", got " + qMax);
        }
        SphericalExpansion expansion = new SphericalExpansion(settings.radialBasis(settings.nMax(), settings.lMax()),
                species, false, settings.neighbourRadius(), settings.centerWeight(), settings.weight());
        return fit(expansion, species, qMax, mixed, data);
    }

    /** Accumulates the covariances over every environment of the data and diagonalises them. */
    static OptimalRadialBasis fit(SphericalExpansion expansion, int[] species, int qMax, boolean mixed, Dataset data) {
        if (data.atomCount() == 0) {
            throw new ParameterException("radial.fit", "the fit dataset " + data.source() + " has no atoms");
        }
        Queue<CovarianceSums> partial = new ConcurrentLinkedQueue<>();
        ParallelLoop.forEach(data.size(), Progress.none(), "fitting the optimal radial basis", () -> {
            CovarianceSums sums = new CovarianceSums(expansion, species.length, mixed);
            partial.add(sums);
            return sums;
        }, (sums, s) -> {
            StructureEnvironments source = StructureEnvironments.of(data.get(s), s, expansion.neighbourRadius());
            for (int i = 0; i < source.centreCount(); i++) {
                sums.add(source.fill(i, sums.environment));
            }
        });
        CovarianceSums total = new CovarianceSums(expansion, species.length, mixed);
        for (CovarianceSums sums : partial) {
            total.merge(sums);
        }
        double[][][] covariances = total.covariances();
        checkVariance(covariances, species, mixed, data.source());
        return new OptimalRadialBasis(expansion, species, qMax, mixed, total.count, covariances);
    }

    /** A channel without any density cannot be fitted: its eigenvectors would be arbitrary. */
    private static void checkVariance(double[][][] covariances, int[] species, boolean mixed, String source) {
        int groups = covariances[0].length;
        for (int g = 0; g < groups; g++) {
            double variance = 0;
            for (double[][] perL : covariances) {
                variance += Arrays.stream(perL[g]).map(Math::abs).sum();
            }
            if (variance == 0) {
                String what = mixed ? "atoms of the listed species" : Element.of(species[g]).symbol() + " atoms";
                throw new ParameterException("radial.fit", "the fit dataset " + source + " has no " + what
                        + " within the neighbour radius of any centre, so the basis cannot be fitted");
            }
        }
    }

    /** The value of a named argument of a canonical nested call. */
    static SpecValue argument(SpecValue.Call call, String key) {
        for (SpecValue.Argument a : call.arguments()) {
            if (key.equals(a.name())) {
                return a.value();
            }
        }
        throw new IllegalArgumentException(call.name() + " has no argument " + key);
    }

    /**
     * Symmetric eigen-decomposition with EJML: eigenvalues decreasing, eigenvectors as rows with
     * their largest component positive.
     */
    private static void diagonalise(double[] covariance, int dim, double[] values, double[] vectors) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(dim, true, true);
        if (!eig.decompose(new DMatrixRMaj(dim, dim, true, covariance))) {
            throw new IllegalStateException("eigen-decomposition of a " + dim + "×" + dim + " covariance failed");
        }
        Integer[] order = new Integer[dim];
        for (int i = 0; i < dim; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> -eig.getEigenvalue(i).real));
        for (int q = 0; q < dim; q++) {
            values[q] = eig.getEigenvalue(order[q]).real;
            DMatrixRMaj v = eig.getEigenVector(order[q]);
            int largest = 0;
            for (int n = 1; n < dim; n++) {
                if (Math.abs(v.get(n)) > Math.abs(v.get(largest))) {
                    largest = n;
                }
            }
            double sign = v.get(largest) < 0 ? -1 : 1;
            double norm = 0;
            for (int n = 0; n < dim; n++) {
                norm += v.get(n) * v.get(n);
            }
            norm = Math.sqrt(norm);
            for (int n = 0; n < dim; n++) {
                vectors[q * dim + n] = sign * v.get(n) / norm;
            }
        }
    }

    /** The optimal basis a SOAP descriptor contracts with, if it has one. */
    public static Optional<OptimalRadialBasis> of(Descriptor descriptor) {
        return descriptor instanceof SoapDescriptor soap ? Optional.ofNullable(soap.optimalBasis()) : Optional.empty();
    }

    RadialContraction contraction() {
        return contraction;
    }

    public int qMax() {
        return qMax;
    }

    public boolean mixed() {
        return mixed;
    }

    /** The primitive basis size n_max. */
    public int nMax() {
        return primitive.nMax();
    }

    public int lMax() {
        return primitive.lMax();
    }

    /** Atomic numbers of the neighbour species, ascending. */
    public int[] species() {
        return species.clone();
    }

    /** Number of environments N_env the covariances were averaged over. */
    public long environmentCount() {
        return environments;
    }

    /** The eigenvectors of one channel as rows U_{qn} (all of them, not only the kept q_max), row-major. */
    public double[] eigenvectors(int group, int l) {
        return eigenvectors[l][group].clone();
    }

    /** Number of channels: the species count, or 1 when mixed. */
    public int channelCount() {
        return mixed ? 1 : species.length;
    }

    private String channelName(int group) {
        return mixed ? "mixed" : Element.of(species[group]).symbol();
    }

    /** RV(q) of every channel and l (seed 003 eq. 2.12), channel-major then by l. */
    public List<ResidualVarianceCurve> residualVariance() {
        List<ResidualVarianceCurve> curves = new ArrayList<>();
        for (int g = 0; g < channelCount(); g++) {
            for (int l = 0; l <= lMax(); l++) {
                double[] values = eigenvalues[l][g].clone();
                curves.add(new ResidualVarianceCurve(channelName(g), l, values, curve(values, traces[l][g])));
            }
        }
        return curves;
    }

    /**
     * RV(q) with every channel and l keeping q functions: the variance lost over the whole density
     * expansion (what seed 003 Fig. 2.2 plots against q_max).
     */
    public ResidualVarianceCurve totalResidualVariance() {
        int dim = eigenvalues[0][0].length;
        double[] sums = new double[dim];
        double trace = 0;
        for (int l = 0; l <= lMax(); l++) {
            for (int g = 0; g < channelCount(); g++) {
                trace += traces[l][g];
                for (int q = 0; q < dim; q++) {
                    sums[q] += eigenvalues[l][g][q];
                }
            }
        }
        return new ResidualVarianceCurve("all", -1, sums, curve(sums, trace));
    }

    /** 1 − cumulative sums of the non-negative parts of the eigenvalues over the trace; a channel without variance loses none. */
    private static double[] curve(double[] values, double trace) {
        double[] rv = new double[values.length + 1];
        double kept = 0;
        for (int q = 0; q <= values.length; q++) {
            rv[q] = trace > 0 ? 1 - kept / trace : 0;
            if (q < values.length) {
                kept += Math.max(values[q], 0);
            }
        }
        return rv;
    }

    /** The kept contracted radial functions on {@link #GRID_POINTS} points from 0 to the neighbour radius. */
    public List<ContractedRadialFunctions> radialFunctions() {
        return radialFunctions(GRID_POINTS);
    }

    /**
     * The kept contracted radial functions R_q(r) = Σ_n U_{qn} g_{nl}(r) (seed 003 eq. 2.5) on
     * {@code points} equally spaced radii from 0 to the neighbour radius (r_cut plus DScribe's
     * Gaussian padding, or r_cut with a smooth cutoff); one record per channel, neighbour species and l.
     */
    public List<ContractedRadialFunctions> radialFunctions(int points) {
        return radialFunctions(points, gridEnd);
    }

    /** As {@link #radialFunctions(int)} on a grid from 0 to {@code end} Å (e.g. far enough out to integrate the GTO tails). */
    public List<ContractedRadialFunctions> radialFunctions(int points, double end) {
        if (points < 2 || !(end > 0)) {
            throw new IllegalArgumentException("a radial grid needs at least 2 points and a positive end, got " + points + ", " + end);
        }
        int nMax = nMax();
        double[] radii = new double[points];
        for (int k = 0; k < points; k++) {
            radii[k] = end * k / (points - 1);
        }
        List<ContractedRadialFunctions> out = new ArrayList<>();
        for (int g = 0; g < channelCount(); g++) {
            int[] neighbours = mixed ? range(species.length) : new int[] {g};
            for (int a = 0; a < neighbours.length; a++) {
                for (int l = 0; l <= lMax(); l++) {
                    double[][] primitiveValues = new double[nMax][points];
                    for (int n = 0; n < nMax; n++) {
                        for (int k = 0; k < points; k++) {
                            primitiveValues[n][k] = primitive.radialFunction(l, n, radii[k]);
                        }
                    }
                    double[] u = eigenvectors[l][g];
                    int width = mixed ? species.length * nMax : nMax;
                    int first = mixed ? a * nMax : 0;
                    double[][] values = new double[qMax][points];
                    for (int q = 0; q < qMax; q++) {
                        for (int n = 0; n < nMax; n++) {
                            double coefficient = u[q * width + first + n];
                            for (int k = 0; k < points; k++) {
                                values[q][k] += coefficient * primitiveValues[n][k];
                            }
                        }
                    }
                    out.add(new ContractedRadialFunctions(channelName(g), Element.of(species[neighbours[a]]).symbol(), l,
                            radii.clone(), values));
                }
            }
        }
        return out;
    }

    private static int[] range(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** Per-thread sums Σ_i Σ_m c_{i·m} c_{j·m} of each covariance block (upper triangle). */
    private static final class CovarianceSums {
        final SphericalExpansion expansion;
        final SphericalExpansion.Scratch scratch;
        final Environment environment = new Environment();
        final double[] coefficients;
        final int speciesCount;
        final boolean mixed;
        final int nMax;
        final int lMax;
        final int dim;
        /** [l][group][dim·dim]. */
        final double[][][] sums;
        long count;

        CovarianceSums(SphericalExpansion expansion, int speciesCount, boolean mixed) {
            this.expansion = expansion;
            this.scratch = expansion.newScratch();
            this.coefficients = new double[expansion.size()];
            this.speciesCount = speciesCount;
            this.mixed = mixed;
            this.nMax = expansion.basis().nMax();
            this.lMax = expansion.basis().lMax();
            this.dim = mixed ? speciesCount * nMax : nMax;
            int groups = mixed ? 1 : speciesCount;
            this.sums = new double[lMax + 1][groups][dim * dim];
        }

        void add(Environment env) {
            expansion.compute(env, scratch, coefficients, 0);
            count++;
            int block = expansion.basis().blockSize();
            for (int l = 0; l <= lMax; l++) {
                int w = 2 * l + 1;
                for (int g = 0; g < sums[l].length; g++) {
                    double[] s = sums[l][g];
                    for (int i = 0; i < dim; i++) {
                        int at = (mixed ? i / nMax : g) * block + nMax * l * l + (i % nMax) * w;
                        for (int j = i; j < dim; j++) {
                            int bt = (mixed ? j / nMax : g) * block + nMax * l * l + (j % nMax) * w;
                            double dot = 0;
                            for (int m = 0; m < w; m++) {
                                dot += coefficients[at + m] * coefficients[bt + m];
                            }
                            s[i * dim + j] += dot;
                        }
                    }
                }
            }
        }

        void merge(CovarianceSums other) {
            count += other.count;
            for (int l = 0; l <= lMax; l++) {
                for (int g = 0; g < sums[l].length; g++) {
                    for (int i = 0; i < dim * dim; i++) {
                        sums[l][g][i] += other.sums[l][g][i];
                    }
                }
            }
        }

        /** The full symmetric covariances, divided by the number of environments. */
        double[][][] covariances() {
            double[][][] c = new double[lMax + 1][][];
            for (int l = 0; l <= lMax; l++) {
                c[l] = new double[sums[l].length][dim * dim];
                for (int g = 0; g < sums[l].length; g++) {
                    for (int i = 0; i < dim; i++) {
                        for (int j = i; j < dim; j++) {
                            double v = sums[l][g][i * dim + j] / count;
                            c[l][g][i * dim + j] = v;
                            c[l][g][j * dim + i] = v;
                        }
                    }
                }
            }
            return c;
        }
    }
}
