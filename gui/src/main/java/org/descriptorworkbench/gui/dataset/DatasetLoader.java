package org.descriptorworkbench.gui.dataset;

import java.io.IOException;
import java.nio.file.Path;
import org.descriptorworkbench.structure.Dataset;

/**
 * Reads a structure file into a dataset; the application uses the compute core's readers, tests
 * use datasets built in code. Called on a background thread, never on the JavaFX thread.
 */
@FunctionalInterface
public interface DatasetLoader {

    /**
     * @throws org.descriptorworkbench.error.WorkbenchException when the file's content is not a
     *         valid structure file (its one-line message is shown to the user)
     * @throws IOException when the file cannot be read at all
     */
    Dataset load(Path file) throws IOException;
}
