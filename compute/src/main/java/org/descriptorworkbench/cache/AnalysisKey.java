package org.descriptorworkbench.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What determines an analysis result, as the key of the {@link AnalysisCache}: the dataset's content,
 * the analysis, the descriptor specs it compares (in order: the order is part of the result), the
 * centres its rows are, and its parameters. Equal keys must mean equal results.
 *
 * @param dataset    the dataset's content hash, or null for an analysis that reads no dataset (e.g. one
 *                   on a built-in structure)
 * @param analysis   the analysis's name, e.g. "imbalance"; one name per kind of result
 * @param specs      canonical spec texts ({@code DescriptorSpec.text()}), in the order the analysis uses them
 * @param centres    a canonical text of the centres ("" when the analysis chooses none); equal texts must
 *                   mean equal rows on equal datasets
 * @param parameters the analysis's parameters; values are JSON-writable (numbers, strings, booleans,
 *                   lists, maps), and the key compares them by their canonical JSON (keys sorted)
 */
public record AnalysisKey(DatasetFingerprint dataset, String analysis, List<String> specs, String centres,
        Map<String, Object> parameters) {
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    public AnalysisKey {
        Objects.requireNonNull(analysis, "analysis");
        specs = List.copyOf(specs);
        Objects.requireNonNull(centres, "centres");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters)); // null values allowed: "none chosen"
    }

    /** The parameters as JSON with keys sorted at every level: equal maps give equal texts. */
    public String parametersText() {
        try {
            return CANONICAL.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("analysis parameters must be plain JSON values: " + e.getMessage(), e);
        }
    }

    /** The dataset's hash, or "none". */
    public String datasetText() {
        return dataset == null ? "none" : dataset.hex();
    }

    /**
     * A SHA-256 hex digest of every field together with the cache's context (format and code version),
     * used as the entry's directory name; fields are length-prefixed, so no two keys share their text.
     */
    public String digest(String context) {
        StringBuilder text = new StringBuilder();
        field(text, "analysis-key");
        field(text, context);
        field(text, datasetText());
        field(text, analysis);
        field(text, Integer.toString(specs.size()));
        specs.forEach(spec -> field(text, spec));
        field(text, centres);
        field(text, parametersText());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static void field(StringBuilder text, String value) {
        text.append(value.length()).append(':').append(value).append('\n');
    }

    @Override
    public String toString() {
        return "AnalysisKey[" + analysis + " on " + (dataset == null ? "no dataset" : datasetText().substring(0, 12) + "…")
                + ", " + specs + ", " + centres + ", " + parametersText() + "]";
    }
}
