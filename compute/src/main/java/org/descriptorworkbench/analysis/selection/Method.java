package org.descriptorworkbench.analysis.selection;

import java.util.Locale;
import org.descriptorworkbench.error.ParameterException;

/** The selection methods: deterministic CUR and farthest-point sampling. */
public enum Method {
    CUR,
    FPS;

    public static Method parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException("method", "must be cur or fps, got '" + text + "'");
        }
    }

    GreedySelector newSelector() {
        return this == CUR ? new CurSelector() : new FpsSelector(0);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
