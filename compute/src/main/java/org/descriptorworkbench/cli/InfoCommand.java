package org.descriptorworkbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.DatasetSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dwb info FILE}: frames, atoms, species, cells and pbc, info keys and per-atom arrays of a structure file. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Summarise a structure file: frames, atoms, species, cells, pbc, info keys and per-atom arrays.")
final class InfoCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Structure file (extxyz, xyz, POSCAR/CONTCAR, cif).")
    Path file;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DatasetSummary summary = DatasetSummary.of(StructureFiles.read(file));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(summary));
        } else {
            printText(summary, out);
        }
        out.flush();
        return 0;
    }

    private static void printText(DatasetSummary s, PrintWriter out) {
        out.printf(Locale.ROOT, "file:     %s%n", s.source());
        out.printf(Locale.ROOT, "frames:   %d%n", s.frames());
        out.printf(Locale.ROOT, "atoms:    %d (%s per frame)%n", s.atoms(),
                s.minAtoms() == s.maxAtoms() ? String.valueOf(s.minAtoms()) : s.minAtoms() + " to " + s.maxAtoms());
        out.printf(Locale.ROOT, "species:  %s%n", join(s.species()));
        out.printf(Locale.ROOT, "cells:    %d of %d frames have a cell%n", s.framesWithCell(), s.frames());
        out.printf(Locale.ROOT, "pbc:      %s%n", join(s.pbcPatterns()));
        out.printf(Locale.ROOT, "info:     %s%n", s.infoKeys().isEmpty() ? "(none)" : join(s.infoKeys()));
        StringBuilder arrays = new StringBuilder();
        s.arrays().forEach((name, use) -> arrays.append(arrays.length() == 0 ? "" : ", ")
                .append(name).append(':').append(use.type()).append(':').append(use.columns())
                .append(" (").append(use.frames()).append(')'));
        out.printf(Locale.ROOT, "arrays:   %s%n", arrays.length() == 0 ? "(none)" : arrays);
    }

    private static String join(Map<String, ? extends Number> counts) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(n));
        return sb.toString();
    }

}
