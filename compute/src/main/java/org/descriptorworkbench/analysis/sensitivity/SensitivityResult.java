package org.descriptorworkbench.analysis.sensitivity;

import java.util.List;

/**
 * Sensitivity spectra of chosen environments under one descriptor (seed 000 §IV D, Figs. 9 and S4).
 *
 * @param descriptor     the descriptor spec text
 * @param jacobian       how the descriptor's Jacobian was obtained (ANALYTICAL or NUMERICAL)
 * @param zeroThreshold  eigenvalues below this fraction of the largest count as zero modes
 * @param method         how the eigenvalues were computed
 * @param environments   one spectrum per chosen centre, in the order they were chosen
 */
public record SensitivityResult(
        String descriptor,
        String jacobian,
        double zeroThreshold,
        String method,
        List<EnvironmentSpectrum> environments) {

    /** The zero-mode count of every environment, in order. */
    public int[] zeroModeCounts() {
        return environments.stream().mapToInt(EnvironmentSpectrum::zeroModes).toArray();
    }
}
