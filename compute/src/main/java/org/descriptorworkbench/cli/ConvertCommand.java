package org.descriptorworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dwb convert IN OUT}: reads any supported structure file and writes it in the format OUT's extension names. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a structure file; formats are chosen by extension (the output is written as extended XYZ).")
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "Input structure file.")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "Output file (.extxyz or .xyz).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Dataset dataset = StructureFiles.read(input);
        StructureFiles.write(dataset, output);
        spec.commandLine().getErr().printf("wrote %d frames (%d atoms) to %s%n", dataset.size(), dataset.atomCount(), output);
        return 0;
    }
}
