package org.descriptorworkbench.analysis;

import java.util.Objects;

/** A feature matrix together with the label a user knows it by (a file name, a descriptor spec). */
public record LabelledMatrix(String label, RowMatrix matrix) {

    public LabelledMatrix {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(matrix, "matrix");
    }
}
