package org.descriptorworkbench.descriptor.soap;

import java.util.Arrays;
import java.util.List;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.Environment;
import org.descriptorworkbench.descriptor.EnvironmentSource;
import org.descriptorworkbench.descriptor.JacobianKind;
import org.descriptorworkbench.structure.Element;

/**
 * A SOAP descriptor: the {@link SphericalExpansion} of each environment followed by the
 * {@link PowerSpectrum} variant the spec names (seed 000 §II; DScribe 2.1 conventions, CONVENTIONS.md §1),
 * with analytical Jacobians for every variant when {@code average=off}. With
 * {@code radial=optimal(...)} the primitive coefficients are first contracted by an
 * {@link OptimalRadialBasis} (seed 003 eq. 2.2/2.7) and the power spectrum is built from the q_max
 * contracted channels. The coefficient state of
 * one environment is the species-resolved expansion, followed for mu1nu1_star by the total-density
 * expansion in a (2l+1)-function radial basis for each l.
 */
final class SoapDescriptor implements Descriptor {
    private final SoapSettings settings;
    private final SphericalExpansion expansion;
    private final OptimalRadialBasis optimal;
    private final RadialContraction contraction;
    private final SphericalExpansion[] auxiliary;
    private final int[] auxOffsets;
    private final int stateSize;
    private final PowerSpectrum spectrum;
    private final List<String> labels;

    SoapDescriptor(SoapSettings settings) {
        this(settings, null);
    }

    /**
     * @param optimal the fitted optimal radial basis of seed 003 whose contraction replaces the
     *                primitive coefficients (q_max for n_max; one channel when mixed), or null
     */
    SoapDescriptor(SoapSettings settings, OptimalRadialBasis optimal) {
        this.settings = settings;
        this.optimal = optimal;
        this.contraction = optimal == null ? null : optimal.contraction();
        int[] species = settings.species();
        double radius = settings.neighbourRadius();
        this.expansion = new SphericalExpansion(settings.radialBasis(settings.nMax(), settings.lMax()), species, false,
                radius, settings.centerWeight(), settings.weight());
        int size = contraction == null ? expansion.size() : contraction.outputSize();
        if (settings.compression().equals("mu1nu1_star")) {
            auxiliary = new SphericalExpansion[settings.lMax() + 1];
            auxOffsets = new int[settings.lMax() + 1];
            for (int l = 0; l <= settings.lMax(); l++) {
                auxiliary[l] = new SphericalExpansion(settings.radialBasis(2 * l + 1, l), species, true, radius,
                        settings.centerWeight(), settings.weight());
                auxOffsets[l] = size;
                size += auxiliary[l].size();
            }
        } else {
            auxiliary = new SphericalExpansion[0];
            auxOffsets = null;
        }
        this.stateSize = size;
        boolean mixed = contraction != null && contraction.mixed();
        this.spectrum = new PowerSpectrum(settings.compression(), mixed ? 1 : species.length,
                contraction == null ? settings.nMax() : contraction.qMax(), settings.lMax(),
                settings.embedding(), settings.seed(), auxOffsets);
        String[] symbols = mixed ? new String[] {"mixed"}
                : Arrays.stream(species).mapToObj(z -> Element.of(z).symbol()).toArray(String[]::new);
        List<String> names = spectrum.labels(symbols);
        if (contraction != null) {
            // optimal channels are numbered q, not n
            names = names.stream().map(s -> s.replace(" n=", " q=").replace(" n'=", " q'=")).toList();
        }
        this.labels = List.copyOf(names);
    }

    @Override
    public DescriptorSpec spec() {
        return settings.spec();
    }

    @Override
    public int[] species() {
        return settings.species().clone();
    }

    @Override
    public int featureCount() {
        return spectrum.size();
    }

    @Override
    public List<String> featureLabels() {
        return labels;
    }

    @Override
    public double neighbourRadius() {
        return settings.neighbourRadius();
    }

    /** The species-resolved spherical expansion this descriptor starts from. */
    SphericalExpansion expansion() {
        return expansion;
    }

    /** The optimal radial basis the coefficients are contracted with, or null for the primitive basis. */
    OptimalRadialBasis optimalBasis() {
        return optimal;
    }

    /** W_l of the wtpl compression (NS × (2l+1), row-major). */
    double[] randomMatrix(int l) {
        return spectrum.randomMatrix(l);
    }

    private static final class SoapWorkspace implements Workspace {
        final SphericalExpansion.Scratch main;
        final SphericalExpansion.Scratch[] aux;
        final PowerSpectrum.Scratch spectrum;
        final double[] state;
        final double[] delta;
        final double[] mean;
        /** Primitive coefficients before the optimal contraction (empty without one). */
        final double[] primitive;
        double[] primitiveGradients = new double[0];
        double[] gradients = new double[0];
        double[] features = new double[0];
        /** The neighbour dofs of one batch of pair derivatives. */
        final int[] batch = new int[PowerSpectrum.BATCH];

        SoapWorkspace(SoapDescriptor d) {
            main = d.expansion.newScratch();
            aux = new SphericalExpansion.Scratch[d.auxiliary.length];
            for (int l = 0; l < aux.length; l++) {
                aux[l] = d.auxiliary[l].newScratch();
            }
            spectrum = d.spectrum.newScratch();
            state = new double[d.stateSize];
            delta = new double[d.stateSize];
            mean = new double[d.stateSize];
            primitive = new double[d.contraction == null ? 0 : d.expansion.size()];
        }
    }

    @Override
    public Workspace newWorkspace() {
        return new SoapWorkspace(this);
    }

    /** Fills {@code state} with the coefficients of one environment. */
    private void expand(Environment env, SoapWorkspace ws, double[] state) {
        if (contraction == null) {
            expansion.compute(env, ws.main, state, 0);
        } else {
            expansion.compute(env, ws.main, ws.primitive, 0);
            contraction.apply(ws.primitive, 0, state, 0);
        }
        for (int l = 0; l < auxiliary.length; l++) {
            auxiliary[l].compute(env, ws.aux[l], state, auxOffsets[l]);
        }
    }

    @Override
    public void compute(Environment environment, Workspace workspace, double[] row, int offset) {
        SoapWorkspace ws = (SoapWorkspace) workspace;
        expand(environment, ws, ws.state);
        spectrum.evaluate(ws.state, ws.state, row, offset, false, ws.spectrum);
    }

    @Override
    public JacobianKind jacobianKind() {
        return perStructure() ? JacobianKind.NONE : JacobianKind.ANALYTICAL;
    }

    @Override
    public void computeWithJacobian(Environment environment, Workspace workspace, double[] row, double[] jacobian) {
        if (perStructure()) {
            throw new UnsupportedOperationException("averaged SOAP has no per-atom Jacobian");
        }
        SoapWorkspace ws = (SoapWorkspace) workspace;
        expand(environment, ws, ws.state);
        spectrum.evaluate(ws.state, ws.state, row, 0, false, ws.spectrum);
        int dofs = environment.count() + 1;
        int needed = dofs * 3 * stateSize;
        if (ws.gradients.length < needed) {
            ws.gradients = new double[needed];
        }
        clearGradients(environment, ws, needed);
        if (contraction == null) {
            expansion.addGradients(environment, ws.main, ws.gradients, stateSize, 0);
        } else {
            contractedGradients(environment, ws, dofs);
        }
        for (int l = 0; l < auxiliary.length; l++) {
            auxiliary[l].addGradients(environment, ws.aux[l], ws.gradients, stateSize, auxOffsets[l]);
        }
        if (spectrum.hasPairDerivative()) {
            pairJacobian(environment, ws, jacobian);
            return;
        }
        int features = featureCount();
        for (int d = 0; d < 3 * dofs; d++) {
            int dof = d / 3;
            // a neighbour's move changes only its own species channel (and, for mu1nu1_star, the total density)
            if (dof > 0 && auxiliary.length == 0 && expansion.channelOfNeighbour(environment, dof - 1) < 0) {
                Arrays.fill(jacobian, d * features, (d + 1) * features, 0);
                continue;
            }
            System.arraycopy(ws.gradients, d * stateSize, ws.delta, 0, stateSize);
            spectrum.derivative(ws.state, ws.delta, jacobian, d * features, ws.spectrum);
        }
    }

    /**
     * Zeroes the gradient rows before they are accumulated: with pair derivatives of the primitive
     * coefficients only the centre's rows and each neighbour's own channel block are ever written or
     * read (a quarter of the rows with four species), otherwise everything.
     */
    private void clearGradients(Environment environment, SoapWorkspace ws, int needed) {
        if (!spectrum.hasPairDerivative() || contraction != null || auxiliary.length > 0) {
            Arrays.fill(ws.gradients, 0, needed, 0);
            return;
        }
        Arrays.fill(ws.gradients, 0, 3 * stateSize, 0);
        int block = expansion.basis().blockSize();
        for (int k = 0; k < environment.count(); k++) {
            int channel = expansion.channelOfNeighbour(environment, k);
            for (int axis = 0; channel >= 0 && axis < 3; axis++) {
                int from = (3 * (k + 1) + axis) * stateSize + channel * block;
                Arrays.fill(ws.gradients, from, from + block, 0);
            }
        }
    }

    /**
     * off and crossover: the centre's rows one by one, the neighbours' in batches of one species
     * channel (their moves change only that channel); rows of ignored neighbours are zero. Measured
     * with {@code dwb bench soap-jacobian} (r_cut 5, n_max 8, l_max 6, one thread): 9.3 → 3.7–4.2 ms
     * per environment of the 4-species alloy and 0.95 → 0.76 ms for Si, against the per-feature dot
     * products of {@link PowerSpectrum#derivative} used before.
     */
    private void pairJacobian(Environment environment, SoapWorkspace ws, double[] jacobian) {
        int features = featureCount();
        spectrum.linearise(ws.state, ws.spectrum);
        for (int axis = 0; axis < 3; axis++) {
            spectrum.centreDerivative(ws.gradients, axis * stateSize, jacobian, axis * features, ws.spectrum);
        }
        boolean mixed = contraction != null && contraction.mixed();
        int channels = mixed ? 1 : settings.species().length;
        for (int c = 0; c < channels; c++) {
            int count = 0;
            for (int k = 0; k < environment.count(); k++) {
                int channel = expansion.channelOfNeighbour(environment, k);
                if (channel < 0 && c == 0) {
                    Arrays.fill(jacobian, 3 * (k + 1) * features, 3 * (k + 2) * features, 0);
                }
                if (channel < 0 || (mixed ? 0 : channel) != c) {
                    continue;
                }
                ws.batch[count++] = k + 1;
                if (count == PowerSpectrum.BATCH) {
                    spectrum.neighbourDerivatives(ws.gradients, stateSize, c, ws.batch, count, jacobian, features,
                            ws.spectrum);
                    count = 0;
                }
            }
            if (count > 0) {
                spectrum.neighbourDerivatives(ws.gradients, stateSize, c, ws.batch, count, jacobian, features, ws.spectrum);
            }
        }
    }

    /** The contraction is linear, so the gradients of the contracted coefficients are the contracted primitive gradients. */
    private void contractedGradients(Environment environment, SoapWorkspace ws, int dofs) {
        int primitiveSize = expansion.size();
        int needed = dofs * 3 * primitiveSize;
        if (ws.primitiveGradients.length < needed) {
            ws.primitiveGradients = new double[needed];
        }
        Arrays.fill(ws.primitiveGradients, 0, needed, 0);
        expansion.addGradients(environment, ws.main, ws.primitiveGradients, primitiveSize, 0);
        for (int d = 0; d < 3 * dofs; d++) {
            contraction.apply(ws.primitiveGradients, d * primitiveSize, ws.gradients, d * stateSize);
        }
    }

    @Override
    public boolean perStructure() {
        return !settings.average().equals("off");
    }

    /** inner: power spectrum of the mean coefficients; outer: mean of the power spectra (DScribe's averaging). */
    @Override
    public void computeStructure(EnvironmentSource environments, Workspace workspace, double[] row, int offset) {
        SoapWorkspace ws = (SoapWorkspace) workspace;
        Environment env = new Environment();
        int centres = environments.centreCount();
        int features = featureCount();
        if (settings.average().equals("inner")) {
            Arrays.fill(ws.mean, 0);
            for (int i = 0; i < centres; i++) {
                expand(environments.fill(i, env), ws, ws.state);
                for (int j = 0; j < stateSize; j++) {
                    ws.mean[j] += ws.state[j] / centres;
                }
            }
            spectrum.evaluate(ws.mean, ws.mean, row, offset, false, ws.spectrum);
            return;
        }
        if (ws.features.length < features) {
            ws.features = new double[features];
        }
        Arrays.fill(row, offset, offset + features, 0);
        for (int i = 0; i < centres; i++) {
            compute(environments.fill(i, env), ws, ws.features, 0);
            for (int j = 0; j < features; j++) {
                row[offset + j] += ws.features[j] / centres;
            }
        }
    }
}
