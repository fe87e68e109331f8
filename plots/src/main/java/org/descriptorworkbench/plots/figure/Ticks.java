package org.descriptorworkbench.plots.figure;

import java.util.ArrayList;
import java.util.List;

/** Tick positions for exported figures: 1-2-5 steps on linear ranges, powers of ten on logarithmic ones. */
public final class Ticks {

    private Ticks() {
    }

    /** About {@code target} ticks at multiples of a 1, 2 or 5 × 10^k step inside [min, max]. */
    public static List<Double> linear(double min, double max, int target) {
        double raw = (max - min) / Math.max(1, target);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * magnitude >= raw) {
                step = factor * magnitude;
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        double first = Math.ceil(min / step - 1e-9) * step;
        for (double t = first; t <= max + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

    /** Exponents k with 10^k inside [min, max], thinned so that at most about {@code target} remain. */
    public static List<Integer> decades(double min, double max, int target) {
        int lo = (int) Math.ceil(Math.log10(min) - 1e-9);
        int hi = (int) Math.floor(Math.log10(max) + 1e-9);
        int every = Math.max(1, (int) Math.ceil((hi - lo + 1) / (double) Math.max(1, target)));
        List<Integer> exponents = new ArrayList<>();
        for (int k = hi; k >= lo; k -= every) {
            exponents.add(0, k);
        }
        return exponents;
    }

    /** The label of a linear tick, with no more digits than the spacing needs. */
    public static String linearLabel(double value, List<Double> ticks) {
        double step = ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : Math.abs(value);
        if (step == 0) {
            return Numbers.exact(value);
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        if (decimals > 0 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-6) {
            decimals++;
        }
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /**
     * 10^k as one string with superscript digits, e.g. "10⁻¹²": the screen's form of the power-of-ten tick
     * that exported figures draw as "10" with a raised exponent, so both read the same.
     */
    public static String decadeLabel(int exponent) {
        StringBuilder out = new StringBuilder("10");
        if (exponent < 0) {
            out.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            out.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }

    /** The label of a tick on a logarithmic axis: {@link #decadeLabel} at powers of ten, else three significant digits. */
    public static String logLabel(double value) {
        if (value > 0 && Double.isFinite(value)) {
            long k = Math.round(Math.log10(value));
            if (Math.abs(value / Math.pow(10, k) - 1) < 1e-9) {
                return decadeLabel((int) k);
            }
        }
        return Numbers.compact(value, 3);
    }
}
