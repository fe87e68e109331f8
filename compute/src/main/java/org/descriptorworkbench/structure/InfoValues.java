package org.descriptorworkbench.structure;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/** Equality and text form of per-structure info values, which may be arrays. */
public final class InfoValues {
    private InfoValues() {
    }

    /** True if both maps have the same keys and equal values, comparing arrays by content. */
    public static boolean mapsEqual(Map<String, Object> a, Map<String, Object> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, Object> e : a.entrySet()) {
            if (!valuesEqual(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** True if two info values are equal, comparing arrays by content. */
    public static boolean valuesEqual(Object x, Object y) {
        if (x instanceof double[] p && y instanceof double[] q) {
            return Arrays.equals(p, q);
        }
        if (x instanceof long[] p && y instanceof long[] q) {
            return Arrays.equals(p, q);
        }
        if (x instanceof boolean[] p && y instanceof boolean[] q) {
            return Arrays.equals(p, q);
        }
        if (x instanceof String[] p && y instanceof String[] q) {
            return Arrays.equals(p, q);
        }
        return Objects.equals(x, y);
    }

    /** A human-readable form: arrays as "[1.0, 2.0]", everything else with toString. */
    public static String toDisplayString(Object v) {
        if (v instanceof double[] a) {
            return Arrays.toString(a);
        }
        if (v instanceof long[] a) {
            return Arrays.toString(a);
        }
        if (v instanceof boolean[] a) {
            return Arrays.toString(a);
        }
        if (v instanceof String[] a) {
            return Arrays.toString(a);
        }
        return String.valueOf(v);
    }
}
