package org.descriptorworkbench.analysis.selection;

import java.util.Locale;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.error.ParameterException;

/** What a selection picks: columns (features) or rows (samples) of a feature matrix. */
public enum Axis {
    FEATURES,
    SAMPLES;

    /** The candidates as rows: the transpose for features, the matrix itself for samples. */
    RowMatrix candidatesAsRows(RowMatrix x) {
        return this == FEATURES ? x.transpose() : x;
    }

    public static Axis parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException("axis", "must be features or samples, got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
