package org.descriptorworkbench.plots.figure;

import java.util.Locale;

/** Number formatting shared by tooltips, tick labels and CSV: exact where the value is shown as data. */
public final class Numbers {

    private Numbers() {
    }

    /** The shortest text that reads back as exactly this double; integers without a fraction. */
    public static String exact(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** A compact text with the given significant digits, for labels. */
    public static String compact(double value, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "g", value).replaceFirst("\\.?0+(e|$)", "$1");
    }
}
