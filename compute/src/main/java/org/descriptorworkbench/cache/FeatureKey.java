package org.descriptorworkbench.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything that determines a cached feature matrix: the dataset's content, the canonical spec text of
 * the descriptor, a canonical text of which centres were computed (its caller's own wording, e.g. the
 * GUI's centre choice or "all"), and the species list the descriptor was built with
 * ({@code DescriptorCatalog.create(spec, species)}: SOAP and ACSF give one block of features per species,
 * so the same spec on a dataset with other species has other columns).
 *
 * @param dataset the dataset's content hash
 * @param spec    the descriptor's canonical spec text ({@code DescriptorSpec.text()})
 * @param centres a canonical text of the rows' centres; equal texts must mean equal rows
 * @param species the atomic numbers the descriptor was built with, in the order given to it
 */
public record FeatureKey(DatasetFingerprint dataset, String spec, String centres, int[] species) {
    public FeatureKey {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(centres, "centres");
        species = species.clone();
    }

    @Override
    public int[] species() {
        return species.clone();
    }

    /** The species as text, e.g. "1,6,8". */
    public String speciesText() {
        return Arrays.stream(species).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    /**
     * A SHA-256 hex digest of every field together with the cache's own context (format and code
     * version), used as the entry's directory name; the fields are length-prefixed, so no two keys
     * share their text.
     */
    public String digest(String context) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {context, dataset.hex(), spec, centres, speciesText()}) {
            text.append(field.length()).append(':').append(field).append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureKey k && dataset.equals(k.dataset) && spec.equals(k.spec)
                && centres.equals(k.centres) && Arrays.equals(species, k.species);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dataset, spec, centres, Arrays.hashCode(species));
    }

    @Override
    public String toString() {
        return "FeatureKey[" + dataset.hex().substring(0, 12) + "…, " + spec + ", " + centres + ", species " + speciesText() + "]";
    }
}
