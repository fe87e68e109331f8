package org.descriptorworkbench.descriptor.soap;

import java.util.Arrays;

import org.descriptorworkbench.descriptor.Environment;

/**
 * The spherical-expansion calculator: coefficients c^α_{nlm} of the species-resolved Gaussian
 * density of one environment (seed 000 eq. 1 and the expansion below it; CONVENTIONS.md §1.1–1.2),
 * and their gradients with respect to every neighbour position and the centre. The power
 * spectrum, the W^T P_l compression and the optimal radial basis all start from it.
 *
 * <p>Channels: with {@code total = false} one channel per species (ascending atomic number);
 * with {@code total = true} a single channel holding the density of all listed species.
 * Layout: channel blocks of {@link RadialBasis#blockSize()}, each [l][n][m]. The central atom's
 * Gaussian (weight {@code centerWeight}) sits at the origin and is included, as in DScribe.
 */
public final class SphericalExpansion {
    private final RadialBasis basis;
    private final int[] channelOfZ;
    private final int channels;
    private final double radius;
    private final double centerWeight;
    private final NeighbourWeight weight;

    SphericalExpansion(RadialBasis basis, int[] species, boolean total, double radius, double centerWeight,
                       NeighbourWeight weight) {
        this.basis = basis;
        this.channelOfZ = new int[119];
        Arrays.fill(channelOfZ, -1);
        for (int s = 0; s < species.length; s++) {
            channelOfZ[species[s]] = total ? 0 : s;
        }
        this.channels = total ? 1 : species.length;
        this.radius = radius;
        this.centerWeight = centerWeight;
        this.weight = weight;
    }

    /**
     * The species-resolved expansion a {@code soap(...)} spec describes (its basis, cutoff, centre
     * weight, smooth cutoff, scaling and species; the compression is ignored), for code that works
     * on the coefficients themselves.
     */
    public static SphericalExpansion of(org.descriptorworkbench.descriptor.DescriptorSpec spec, int[] datasetSpecies) {
        if (!spec.family().equals("soap")) {
            throw new IllegalArgumentException("a spherical expansion needs a soap spec, got " + spec);
        }
        SoapSettings settings = SoapSettings.of(spec, datasetSpecies);
        return new SphericalExpansion(settings.radialBasis(settings.nMax(), settings.lMax()), settings.species(), false,
                settings.neighbourRadius(), settings.centerWeight(), settings.weight());
    }

    /** Neighbours farther than this (Å) are ignored. */
    public double neighbourRadius() {
        return radius;
    }

    public RadialBasis basis() {
        return basis;
    }

    /** Number of coefficients, channels · n_max · (l_max + 1)². */
    public int size() {
        return channels * basis.blockSize();
    }

    /** Per-thread scratch of the expansion. */
    public static final class Scratch {
        final RadialBasis.Scratch basis;
        final double[] block;
        final double[] gradient;
        final double[] dw = new double[3];

        Scratch(SphericalExpansion e) {
            basis = e.basis.newScratch();
            block = new double[e.size()];
            gradient = new double[3 * e.basis.blockSize()];
        }
    }

    public Scratch newScratch() {
        return new Scratch(this);
    }

    /** The channel neighbour k's Gaussian goes to, or −1 if it is beyond the radius or of an unlisted species. */
    public int channelOfNeighbour(Environment env, int k) {
        return env.distance(k) > radius ? -1 : channelOfZ[env.species(k)];
    }

    /** Writes the coefficients of one environment into {@code out[offset .. offset + size())}. */
    public void compute(Environment env, Scratch scratch, double[] out, int offset) {
        double[] block = scratch.block;
        Arrays.fill(block, 0);
        int blockSize = basis.blockSize();
        int centre = channelOfZ[env.centreSpecies()];
        if (centre >= 0 && centerWeight != 0) {
            basis.addCentre(centerWeight, block, centre * blockSize);
        }
        boolean unity = weight.isUnity();
        for (int k = 0; k < env.count(); k++) {
            int channel = channelOfNeighbour(env, k);
            if (channel < 0) {
                continue;
            }
            double w = unity ? 1 : weight.value(env.distance(k));
            if (w != 0) {
                basis.addNeighbour(env.vector(k, 0), env.vector(k, 1), env.vector(k, 2), w, block, channel * blockSize,
                        scratch.basis);
            }
        }
        for (int c = 0; c < channels; c++) {
            basis.finish(block, c * blockSize, out, offset + c * blockSize);
        }
    }

    /**
     * Adds the gradients of the coefficients into {@code gradients}, laid out
     * [dof][axis][stride] with dof 0 = the centre and dof k + 1 = neighbour k; this expansion's
     * coefficients sit at {@code offset} within each stride. Moving the centre by δ moves every
     * displacement by −δ, so its gradient is minus the sum of the neighbours'.
     */
    public void addGradients(Environment env, Scratch scratch, double[] gradients, int stride, int offset) {
        int blockSize = basis.blockSize();
        double[] g = scratch.gradient;
        for (int k = 0; k < env.count(); k++) {
            int channel = channelOfNeighbour(env, k);
            if (channel < 0) {
                continue;
            }
            double r = env.distance(k);
            double x = env.vector(k, 0);
            double y = env.vector(k, 1);
            double z = env.vector(k, 2);
            double w = weight.value(r);
            double dwdr = weight.derivative(r);
            if (w == 0 && dwdr == 0) {
                continue;
            }
            scratch.dw[0] = r > 0 ? dwdr * x / r : 0;
            scratch.dw[1] = r > 0 ? dwdr * y / r : 0;
            scratch.dw[2] = r > 0 ? dwdr * z / r : 0;
            basis.neighbourGradient(x, y, z, w, scratch.dw, g, scratch.basis);
            for (int axis = 0; axis < 3; axis++) {
                int neighbourAt = ((k + 1) * 3 + axis) * stride + offset + channel * blockSize;
                int centreAt = axis * stride + offset + channel * blockSize;
                for (int i = 0; i < blockSize; i++) {
                    double v = g[axis * blockSize + i];
                    gradients[neighbourAt + i] += v;
                    gradients[centreAt + i] -= v;
                }
            }
        }
    }
}
