package org.descriptorworkbench.descriptor.mbtr;

import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.structure.Structure;

/**
 * MBTR's {@code normalization=valle_oganov} as DScribe 2.1 defines it ({@code dscribe/descriptors/mbtr.py},
 * {@code MBTR._get_k2} and {@code MBTR._get_k3}), after the crystal fingerprint of M. Valle and
 * A. R. Oganov, Acta Cryst. A 66, 507–517 (2010), F_AB(R) ∝ V/(4π N_A N_B) Σ δ(R − R_ij)/R_ij²:
 * every species block is multiplied by a factor of the cell volume V (Å³) and the numbers N_A of
 * atoms of each species in the cell,
 * <ul>
 * <li>k = 1: 1 (DScribe leaves the k = 1 term as it is);</li>
 * <li>k = 2: V/(4π N_A N_B) for a block (A, B) with A ≠ B and V/(4π · ½ N_A²) for (A, A);</li>
 * <li>k = 3: V/(N_A N_B N_C) for the block (A, vertex B, C).</li>
 * </ul>
 * DScribe multiplies after the optional un-normalising of the Gaussians, so the two commute.
 * Blocks of a species absent from the structure are empty and stay zero. With the cell's atoms
 * counted once per cell the k = 2 factor makes the block size-intensive (a supercell of m cells
 * gives the same vector), whereas the k = 3 block of a supercell is 1/m times the cell's: DScribe's
 * k = 3 factor has one power of N more than the k = 3 sum grows with. The 1/R² of the
 * Valle–Oganov fingerprint is not part of the normalisation: DScribe's {@code ValleOganov}
 * shortcut gets it from an {@code inverse_square} weighting (and uses {@code smooth_cutoff} for
 * k = 3, unit-area Gaussians for both), which this family does not offer; here the weighting
 * stays whatever the spec says.
 * <p>
 * DScribe accepts valle_oganov only with {@code periodic=True} ("Valle-Oganov normalization does
 * not support non-periodic systems"); here that is a property of each structure, so a structure
 * without a periodic direction or with a cell of zero volume is refused.
 */
final class ValleOganovNormalization {
    private ValleOganovNormalization() {
    }

    /**
     * Multiplies every block of {@code row[offset ..)} by its factor for {@code structure}.
     *
     * @param species        the species channels (atomic numbers, ascending)
     * @param blockSize      grid points per block
     * @param structureIndex the structure's index in its dataset (for messages), or −1 if unknown
     */
    static void apply(int k, int[] species, int blockSize, Structure structure, int structureIndex,
                      double[] row, int offset) {
        double volume = volumeOf(structure, structureIndex);
        if (k == 1) {
            return;
        }
        double[] counts = countsOf(structure, species);
        int s = species.length;
        int block = 0;
        if (k == 2) {
            for (int a = 0; a < s; a++) {
                for (int b = a; b < s; b++) {
                    double pairs = a == b ? 0.5 * counts[a] * counts[a] : counts[a] * counts[b];
                    scale(row, offset + block++ * blockSize, blockSize, volume / (4 * Math.PI * pairs));
                }
            }
            return;
        }
        for (int vertex = 0; vertex < s; vertex++) {
            for (int a = 0; a < s; a++) {
                for (int b = a; b < s; b++) {
                    double triplets = counts[a] * counts[vertex] * counts[b];
                    scale(row, offset + block++ * blockSize, blockSize, volume / triplets);
                }
            }
        }
    }

    /** The cell volume of a periodic structure; anything else is refused, as DScribe does. */
    static double volumeOf(Structure structure, int structureIndex) {
        if (!structure.isPeriodic() || !structure.hasCell()) {
            throw new ParameterException("normalization", "valle_oganov needs periodic structures (cell volume and"
                    + " atoms per cell), but " + name(structure, structureIndex) + " is not periodic; use none, l2 or n_atoms");
        }
        double volume = structure.cell().volume();
        if (!(volume > 0)) {
            throw new ParameterException("normalization", "valle_oganov needs a cell of positive volume, but "
                    + name(structure, structureIndex) + " has volume " + volume);
        }
        return volume;
    }

    private static String name(Structure structure, int structureIndex) {
        String formula = structure.formula().isEmpty() ? "" : " (" + structure.formula() + ")";
        return (structureIndex >= 0 ? "structure " + (structureIndex + 1) : "a structure") + formula;
    }

    private static double[] countsOf(Structure structure, int[] species) {
        double[] counts = new double[species.length];
        for (int i = 0; i < structure.atomCount(); i++) {
            for (int c = 0; c < species.length; c++) {
                if (species[c] == structure.atomicNumber(i)) {
                    counts[c]++;
                }
            }
        }
        return counts;
    }

    /** Blocks of absent species have a zero count and hold only zeros; they are left untouched. */
    private static void scale(double[] row, int from, int length, double factor) {
        if (Double.isInfinite(factor)) {
            return;
        }
        for (int f = from; f < from + length; f++) {
            row[f] *= factor;
        }
    }
}
