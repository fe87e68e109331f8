package org.descriptorworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.descriptorworkbench.cache.DatasetFingerprint;
import org.descriptorworkbench.cache.FeatureCache;
import org.descriptorworkbench.cache.FeatureKey;
import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorEngine;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.error.WorkbenchException;
import org.descriptorworkbench.io.MatrixFiles;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Element;
import org.descriptorworkbench.task.ConsoleProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dwb features}: computes a descriptor for every atom of every frame of a structure file (or
 * one row per frame for averaged descriptors) and writes a float64 {@code .npy} (or {@code .csv});
 * {@code --list} prints every descriptor family with its parameters.
 */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = "Compute a descriptor for every atom (rows in file order) and write .npy or .csv.")
final class FeaturesCommand implements Callable<Integer> {

    /** The rows of {@link DescriptorEngine#compute}: every atom in file order, or every frame for a global descriptor. */
    private static final String EVERY_ROW = "dwb features: every row";

    @Option(names = "--list", description = "List every descriptor family with its parameters, defaults and allowed values.")
    boolean list;

    @Option(names = "--input", paramLabel = "FILE", description = "Structure file (extxyz, xyz, POSCAR, cif).")
    Path input;

    @Option(names = "--descriptor", paramLabel = "SPEC", description = "Descriptor spec, e.g. 'soap(r_cut=4, n_max=4, l_max=3)'.")
    String descriptor;

    @Option(names = "--out", paramLabel = "OUT", description = "Output matrix: .npy (float64, C order) or .csv.")
    Path out;

    @Option(names = "--labels", paramLabel = "JSON", description = "Also write the spec, feature labels and row metadata as JSON.")
    Path labels;

    @Option(names = "--species", paramLabel = "H,C,O", split = ",",
            description = "Species channels used for species=auto (default: all species in the file).")
    String[] species;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
    Integer threads;

    @Option(names = "--cache", arity = "0..1", paramLabel = "DIR", fallbackValue = "",
            description = "Reuse the matrix from the workbench's feature cache when this data, spec and species were"
                    + " computed before, else store it there (DIR, or the GUI's cache: -Ddwb.cache.dir,"
                    + " $XDG_CACHE_HOME/descriptor-workbench or ~/.cache/descriptor-workbench).")
    String cache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        if (list) {
            stdout.print(DescriptorCatalog.describe());
            stdout.flush();
            return 0;
        }
        requireOption(input, "--input");
        requireOption(descriptor, "--descriptor");
        requireOption(out, "--out");
        if (threads != null && threads < 1) {
            throw new ParameterException("--threads", "must be at least 1, got " + threads);
        }
        DescriptorSpec parsed = DescriptorCatalog.parse(descriptor);
        Dataset dataset = StructureFiles.read(input);
        int[] channels = species == null ? dataset.species() : parseSpecies(species);
        FeatureMatrix matrix = cache == null ? compute(parsed, channels, dataset) : cachedOrCompute(parsed, channels, dataset);
        MatrixFiles.write(out, matrix);
        if (labels != null) {
            writeLabels(matrix);
        }
        stdout.printf("%s: %d × %d written to %s%n", matrix.spec(), matrix.rows(), matrix.columns(), out);
        stdout.flush();
        return 0;
    }

    private FeatureMatrix compute(DescriptorSpec parsed, int[] channels, Dataset dataset) {
        Descriptor d = DescriptorCatalog.create(parsed, channels);
        try (ConsoleProgressBar bar = ConsoleProgressBar.onStandardError(parsed.family())) {
            return DescriptorEngine.compute(d, dataset, threads == null ? DescriptorEngine.defaultThreads() : threads, bar);
        }
    }

    /** The matrix from the feature cache, or computed and stored there; a cache problem only costs the computation. */
    private FeatureMatrix cachedOrCompute(DescriptorSpec parsed, int[] channels, Dataset dataset) {
        FeatureCache store = cache.isEmpty() ? FeatureCache.atDefaultLocation()
                : new FeatureCache(Path.of(cache), FeatureCache.DEFAULT_LIMIT_BYTES);
        FeatureKey key = new FeatureKey(DatasetFingerprint.of(dataset), parsed.text(), EVERY_ROW, channels);
        Optional<FeatureMatrix> stored = store.get(key);
        if (stored.isPresent()) {
            spec.commandLine().getErr().println("features loaded from the cache in " + store.directory());
            return stored.get();
        }
        FeatureMatrix computed = compute(parsed, channels, dataset);
        store.put(key, computed);
        return computed;
    }

    private static void requireOption(Object value, String name) {
        if (value == null) {
            throw new ParameterException(name, "is required (or use --list)");
        }
    }

    private static int[] parseSpecies(String[] symbols) {
        int[] z = new int[symbols.length];
        for (int i = 0; i < symbols.length; i++) {
            String symbol = symbols[i].strip();
            z[i] = Element.bySymbol(symbol).orElseThrow(() -> new ParameterException("--species",
                    "'" + symbol + "' is not an element symbol; expected a list like H,C,O")).atomicNumber();
        }
        return java.util.Arrays.stream(z).distinct().sorted().toArray();
    }

    private void writeLabels(FeatureMatrix matrix) {
        int rows = matrix.rows();
        int[] structure = new int[rows];
        int[] atom = new int[rows];
        int[] number = new int[rows];
        for (int r = 0; r < rows; r++) {
            structure[r] = matrix.structureIndex(r);
            atom[r] = matrix.atomIndex(r);
            number[r] = matrix.atomicNumber(r);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("spec", matrix.spec());
        json.put("input", input.toString());
        json.put("rows", rows);
        json.put("columns", matrix.columns());
        json.put("feature_labels", matrix.featureLabels());
        json.put("structure_index", structure);
        json.put("atom_index", atom);
        json.put("atomic_number", number);
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(labels.toFile(), json);
        } catch (IOException e) {
            throw new WorkbenchException("cannot write " + labels + ": " + e.getMessage(), new UncheckedIOException(e));
        }
    }
}
