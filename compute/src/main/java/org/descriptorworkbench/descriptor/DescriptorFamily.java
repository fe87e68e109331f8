package org.descriptorworkbench.descriptor;

/**
 * One kind of descriptor (SOAP, ACSF, ...): its parameter declarations and a factory. Adding a
 * family = one package with a class implementing this, plus one line in {@link DescriptorCatalog}.
 */
public interface DescriptorFamily {

    /**
     * The spec's call name; the same as {@code signature().name()}. Families whose signature refers
     * back to the catalog (a nested descriptor parameter) override it so that looking a family up
     * never builds another family's signature.
     */
    default String name() {
        return signature().name();
    }

    /** Name, one-line documentation and parameter declarations; the name is the spec's call name. */
    Signature signature();

    /**
     * Rejects combinations of individually valid parameters that do not make sense together
     * (e.g. a cutoff width larger than the cutoff), with a ParameterException naming one of them.
     */
    default void checkCombination(DescriptorSpec spec) {
    }

    /**
     * Builds the descriptor. {@code datasetSpecies} are the atomic numbers present in the data
     * (ascending), used when the spec says {@code species=auto}.
     */
    Descriptor create(DescriptorSpec spec, int[] datasetSpecies);
}
