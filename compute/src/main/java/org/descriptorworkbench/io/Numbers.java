package org.descriptorworkbench.io;

/**
 * Number syntax as Python's {@code int()} and {@code float()} accept it, which is what ASE applies to
 * extended XYZ values; Java's own parsers are both stricter (no "inf") and looser ("1d", "0x1p3").
 */
final class Numbers {
    private static final int MAX_SHOWN = 40;

    private Numbers() {
    }

    /**
     * True for a decimal real: optional sign, digits with an optional point (at least one digit),
     * optional exponent; or inf, infinity, nan in any case (also Java's "Infinity", "NaN").
     */
    static boolean isReal(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (i < n && Character.isLetter(s.charAt(i))) {
            String word = s.substring(i);
            return word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity") || word.equalsIgnoreCase("nan");
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** The value of a token for which {@link #isReal} is true. */
    static double real(String s) {
        char last = s.charAt(s.length() - 1);
        if (Character.isLetter(last)) {
            boolean negative = s.charAt(0) == '-';
            String word = s.substring(s.charAt(0) == '+' || negative ? 1 : 0);
            if (word.equalsIgnoreCase("nan")) {
                return Double.NaN;
            }
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(s);
    }

    /** An optional sign and decimal digits that fit a long, else null. */
    static Long parseInteger(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (i == n || n - i > 19) {
            return null;
        }
        for (int k = i; k < n; k++) {
            if (!isDigit(s.charAt(k))) {
                return null;
            }
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException overflow) {
            return null;
        }
    }

    /** A value shortened for a one-line error message: its first line, at most 40 characters. */
    static String abbreviate(String s) {
        int end = s.length();
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                end = i;
            }
        }
        return end <= MAX_SHOWN && end == s.length() ? s : s.substring(0, Math.min(end, MAX_SHOWN)) + "...";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
