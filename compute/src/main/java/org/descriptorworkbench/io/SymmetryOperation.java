package org.descriptorworkbench.io;

/**
 * A space-group operation on fractional coordinates, f' = R·f + t, parsed from the Jones-faithful
 * form used by CIF's {@code _symmetry_equiv_pos_as_xyz} and {@code _space_group_symop_operation_xyz},
 * e.g. "-x+1/2, y, -z+0.25" or "x-y,x,z+1/6" (terms: signed x, y, z with an optional numeric factor
 * such as "2x" or "2*x", and numeric shifts as decimals or fractions).
 */
record SymmetryOperation(double[] rotation, double[] translation) {

    /**
     * Parses one operation.
     *
     * @throws IllegalArgumentException with a message for the user if the text is not three
     *                                  comma-separated expressions in x, y, z
     */
    static SymmetryOperation parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected a symmetry operation as three expressions like \"-x+1/2,y,z\", got \""
                    + Numbers.abbreviate(text) + "\"");
        }
        double[] rotation = new double[9];
        double[] translation = new double[3];
        for (int row = 0; row < 3; row++) {
            translation[row] = parseComponent(parts[row], rotation, row, text);
        }
        return new SymmetryOperation(rotation, translation);
    }

    /** The image of fractional coordinates f, not wrapped into the cell. */
    double[] apply(double[] f) {
        double[] out = new double[3];
        for (int row = 0; row < 3; row++) {
            out[row] = rotation[3 * row] * f[0] + rotation[3 * row + 1] * f[1] + rotation[3 * row + 2] * f[2] + translation[row];
        }
        return out;
    }

    /** Adds the coefficients of x, y, z of one component to row {@code row}; returns its shift. */
    private static double parseComponent(String part, double[] rotation, int row, String whole) {
        String s = part.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
        if (s.isEmpty()) {
            throw bad(whole, "an empty expression");
        }
        double shift = 0;
        int i = 0;
        while (i < s.length()) {
            double sign = 1;
            if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                sign = s.charAt(i) == '-' ? -1 : 1;
                i++;
            }
            if (i == s.length()) {
                throw bad(whole, "a sign with nothing after it");
            }
            char c = s.charAt(i);
            if (isAxis(c)) {
                rotation[3 * row + (c - 'x')] += sign;
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            double value = number(s.substring(start, i), whole);
            if (i < s.length() && s.charAt(i) == '/') {
                int denominatorStart = ++i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                double denominator = number(s.substring(denominatorStart, i), whole);
                if (denominator == 0) {
                    throw bad(whole, "a division by zero");
                }
                value /= denominator;
            }
            if (i < s.length() && s.charAt(i) == '*') {
                i++;
                if (i == s.length() || !isAxis(s.charAt(i))) {
                    throw bad(whole, "'*' not followed by x, y or z");
                }
            }
            if (i < s.length() && isAxis(s.charAt(i))) {
                rotation[3 * row + (s.charAt(i) - 'x')] += sign * value;
                i++;
            } else {
                shift += sign * value;
            }
        }
        return shift;
    }

    private static boolean isAxis(char c) {
        return c == 'x' || c == 'y' || c == 'z';
    }

    private static double number(String digits, String whole) {
        if (!Numbers.isReal(digits) || digits.indexOf('e') >= 0) {
            throw bad(whole, digits.isEmpty() ? "a character that is not x, y, z, a number, + or -" : "the number \"" + digits + "\"");
        }
        return Double.parseDouble(digits);
    }

    private static IllegalArgumentException bad(String whole, String what) {
        return new IllegalArgumentException("cannot read the symmetry operation \"" + Numbers.abbreviate(whole) + "\": " + what);
    }
}
