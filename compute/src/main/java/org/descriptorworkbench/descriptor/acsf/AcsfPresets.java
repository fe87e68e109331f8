package org.descriptorworkbench.descriptor.acsf;

import org.descriptorworkbench.error.ParameterException;

/**
 * The two named ACSF parameter sets of seed 001 (Onat, Ortner, Kermode, JCP 2020, §II A and
 * Table I), both made only of G2 (eq. 7) and G4 (eq. 8) functions and scaled to the cutoff.
 *
 * <p>What the seed fixes and what it does not. §II A says that "ACSF" uses "the traditional
 * parameter set taken from Refs. 8, 48, 49 and 68" (Behler 2011; Artrith, Morawietz, Behler 2011;
 * ...) and "ACSF-X" the systematic "extended" set of the automatic generation of Ref. 70
 * (Imbalzano et al. 2018); the paper prints no parameter values. Its Table I gives feature counts
 * per dataset (Si 51, TiO₂ 145, AlNiCu 282, CHON 462 for ACSF; Si 195, AlNiCu 1017, CHON 1644 before
 * removing zero columns for ACSF-X), which solve exactly to 8 radial functions per element and 43
 * angular functions per element pair for ACSF, and 51 radial and 144 angular for ACSF-X. The
 * values below are our reconstruction in the spirit of those references, written so that the
 * counts match where a symmetric grid allows:
 *
 * <ul>
 * <li>{@code standard} — radial: G1 plus 7 centred G2 (R_s = 0) with η_m = 1/(2 r_m²),
 * r_m = m·r_cut/7, m = 1..7 (8 radial per element, as in Table I). Angular: G4 with the same 7 η
 * values × ζ ∈ {1, 2, 4} × λ ∈ {+1, −1} = 42 per element pair (Table I implies 43, which no
 * λ-symmetric grid gives; Behler's traditional sets use ζ from {1, 2, 4, 16} and λ = ±1).</li>
 * <li>{@code extended} — radial: G1 plus 25 centred G2 (R_s = 0, η_m = 1/(2 r_m²),
 * r_m = m·r_cut/25, m = 1..25) plus 25 shifted G2 (R_s = r_m for m = 0..24 on
 * r_m = m·r_cut/25, η = 1/(2 Δr²), Δr = r_cut/25), the centred-and-shifted scheme of Ref. 70
 * = 51 per element. Angular: G4 with 18 η values η_m = 1/(2 r_m²), r_m = m·r_cut/18, m = 1..18,
 * × ζ ∈ {1, 2, 4, 16} × λ ∈ {+1, −1} = 144 per element pair. Both counts match Table I.</li>
 * </ul>
 * Both presets have no G3 and no G5.
 */
public final class AcsfPresets {

    private AcsfPresets() {
    }

    /** The G2 rows [η, R_s] of a preset for this cutoff. */
    static double[][] g2(String preset, double rCut) {
        return switch (preset) {
            case "standard" -> centred(7, rCut);
            case "extended" -> concat(centred(25, rCut), shifted(25, rCut));
            default -> throw new ParameterException("acsf_preset", "must be none, standard or extended, got " + preset);
        };
    }

    /** The G4 rows [η, ζ, λ] of a preset for this cutoff. */
    static double[][] g4(String preset, double rCut) {
        return switch (preset) {
            case "standard" -> angular(7, new double[] {1, 2, 4}, rCut);
            case "extended" -> angular(18, new double[] {1, 2, 4, 16}, rCut);
            default -> throw new ParameterException("acsf_preset", "must be none, standard or extended, got " + preset);
        };
    }

    private static double[][] centred(int count, double rCut) {
        double[][] rows = new double[count][];
        for (int m = 1; m <= count; m++) {
            double r = m * rCut / count;
            rows[m - 1] = new double[] {1 / (2 * r * r), 0};
        }
        return rows;
    }

    private static double[][] shifted(int count, double rCut) {
        double step = rCut / count;
        double eta = 1 / (2 * step * step);
        double[][] rows = new double[count][];
        for (int m = 0; m < count; m++) {
            rows[m] = new double[] {eta, m * step};
        }
        return rows;
    }

    private static double[][] angular(int etaCount, double[] zetas, double rCut) {
        double[][] rows = new double[etaCount * zetas.length * 2][];
        int i = 0;
        for (int m = 1; m <= etaCount; m++) {
            double r = m * rCut / etaCount;
            for (double zeta : zetas) {
                for (double lambda : new double[] {1, -1}) {
                    rows[i++] = new double[] {1 / (2 * r * r), zeta, lambda};
                }
            }
        }
        return rows;
    }

    private static double[][] concat(double[][] a, double[][] b) {
        double[][] out = new double[a.length + b.length][];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
