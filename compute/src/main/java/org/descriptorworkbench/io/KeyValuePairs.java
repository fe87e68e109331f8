package org.descriptorworkbench.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an extended XYZ comment line into key=value pairs with the grammar of ASE's
 * {@code key_val_str_to_dict} (ase/io/extxyz.py): pairs separated by whitespace; a value (or key) may
 * be delimited by "...", '...', {...} or [...], inside which whitespace is kept; a backslash takes the
 * next character literally anywhere; a second '=' in a pair becomes part of the value; a key without
 * '=' has no value (ASE reads it as True); whitespace right after '=' is skipped, so "key= value"
 * is key=value. Two deliberate differences from ASE: an unclosed delimiter is an error rather than
 * silently swallowing the rest of the line, and an empty quoted value ({@code key=""}) ends its pair
 * (ASE would glue the next pair onto it).
 */
final class KeyValuePairs {

    /** One pair as written; {@code value} is null for a bare key. */
    record Pair(String key, String value) {
    }

    private KeyValuePairs() {
    }

    /** True if the line holds an '=' anywhere, i.e. is meant as key=value pairs rather than free text. */
    static boolean looksLikeKeyValues(String line) {
        return line.indexOf('=') >= 0;
    }

    /**
     * The pairs of a comment line in order.
     *
     * @throws IllegalArgumentException with a message for the user when a delimiter is not closed
     */
    static List<Pair> split(String line) {
        List<List<StringBuilder>> pairs = new ArrayList<>();
        List<StringBuilder> current = newPair(pairs);
        char closing = 0;
        char opening = 0;
        boolean escaped = false;
        boolean started = false; // the part being built has content or an opened delimiter
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (escaped) {
                last(current).append(c);
                escaped = false;
                started = true;
            } else if (c == '\\') {
                escaped = true;
                started = true;
            } else if (closing != 0) {
                if (c == closing) {
                    closing = 0;
                } else {
                    last(current).append(c);
                }
            } else if (c == '"' || c == '\'' || c == '{' || c == '[') {
                opening = c;
                closing = closingOf(c);
                started = true;
            } else if (NumberedLines.isSeparator(c)) {
                if (started) {
                    current = newPair(pairs);
                    started = false;
                }
            } else if (c == '=') {
                if (current.size() == 1 && last(current).length() == 0 && pairs.size() > 1) {
                    // "key =value": the '=' belongs to the previous key, as in ASE.
                    pairs.remove(pairs.size() - 1);
                    current = pairs.get(pairs.size() - 1);
                }
                current.add(new StringBuilder());
                started = false;
            } else {
                last(current).append(c);
                started = true;
            }
        }
        if (closing != 0) {
            throw new IllegalArgumentException("the " + opening + " that opens a value is never closed by " + closing);
        }
        return toPairs(pairs);
    }

    private static List<Pair> toPairs(List<List<StringBuilder>> pairs) {
        List<Pair> out = new ArrayList<>(pairs.size());
        for (List<StringBuilder> parts : pairs) {
            if (parts.size() == 1 && parts.get(0).length() == 0) {
                continue; // the empty pair opened by trailing whitespace
            }
            String key = parts.get(0).toString();
            if (parts.size() == 1) {
                out.add(new Pair(key, null));
                continue;
            }
            StringBuilder value = new StringBuilder(parts.get(1));
            for (int k = 2; k < parts.size(); k++) {
                value.append('=').append(parts.get(k));
            }
            out.add(new Pair(key, value.toString()));
        }
        return out;
    }

    private static List<StringBuilder> newPair(List<List<StringBuilder>> pairs) {
        List<StringBuilder> pair = new ArrayList<>(2);
        pair.add(new StringBuilder());
        pairs.add(pair);
        return pair;
    }

    private static StringBuilder last(List<StringBuilder> parts) {
        return parts.get(parts.size() - 1);
    }

    private static char closingOf(char opening) {
        return switch (opening) {
            case '{' -> '}';
            case '[' -> ']';
            default -> opening;
        };
    }
}
