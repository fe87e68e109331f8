package org.descriptorworkbench.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The text form of extended XYZ info values, both ways, following ASE's {@code key_val_str_to_dict}
 * and {@code key_val_dict_to_str}: integers become Long, other numbers Double, T/F/True/False/true/
 * false/TRUE/FALSE Boolean, several of one kind separated by whitespace or commas long[], double[] or
 * boolean[]; a value starting with {@code "_JSON "} is JSON (a string, number, boolean or flat array of
 * one kind; anything else is kept as the text); everything else is a String. The key {@code uid} is
 * never converted (ASE's UNPROCESSED_KEYS).
 *
 * <p>Writing chooses text that reads back as the same type: a String that would otherwise read as a
 * number, boolean or JSON, a String[], an empty string and a one-element array are written as
 * {@code _JSON ...}, which ASE also reads back unchanged. Differences from ASE: an empty value reads as
 * the empty String (ASE: an empty integer array); {@code virial} and {@code stress} stay nine numbers in
 * file order (ASE makes them 3×3 matrices).
 */
final class InfoValueSyntax {
    static final String JSON_PREFIX = "_JSON ";
    /** Created on first use only: most files have no _JSON value, and loading Jackson costs time. */
    private static final class Json {
        /** NaN and infinities as bare NaN/Infinity, which Python's json module reads and writes. */
        static final JsonMapper MAPPER = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
                .build();
    }

    private InfoValueSyntax() {
    }

    /**
     * The typed value of {@code raw} (already unquoted); a bare key (raw == null) is True.
     *
     * @throws IllegalArgumentException with a message for the user when a _JSON value is not JSON
     */
    static Object parse(String key, String raw) {
        if (raw == null) {
            return Boolean.TRUE;
        }
        if (key.equalsIgnoreCase("uid")) {
            return raw;
        }
        List<String> parts = split(raw);
        if (parts.isEmpty()) {
            return raw;
        }
        Object numbers = numbers(parts);
        if (numbers != null) {
            return numbers;
        }
        Object booleans = booleans(parts);
        if (booleans != null) {
            return booleans;
        }
        if (raw.startsWith(JSON_PREFIX)) {
            return fromJson(raw);
        }
        return raw;
    }

    /** The text to put after {@code key=}, quoted and escaped where needed. */
    static String format(Object value) {
        if (value instanceof String s) {
            return needsJson(s) ? json(s) : quote(s);
        }
        if (value instanceof Boolean b) {
            return b ? "T" : "F";
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Double) {
            return value.toString();
        }
        if (value instanceof Float f) {
            return Double.toString(f.doubleValue());
        }
        if (value instanceof double[] a) {
            return a.length == 1 ? json(a) : joined(a.length, i -> Double.toString(a[i]));
        }
        if (value instanceof long[] a) {
            return a.length == 1 ? json(a) : joined(a.length, i -> Long.toString(a[i]));
        }
        if (value instanceof boolean[] a) {
            return a.length == 1 ? json(a) : joined(a.length, i -> a[i] ? "T" : "F");
        }
        if (value instanceof String[] a) {
            return json(a);
        }
        throw new IllegalArgumentException("cannot write an info value of type " + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    /** Quotes a key or value if it holds anything the reader would split or unescape. */
    static String quote(String s) {
        boolean plain = !s.isEmpty();
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = !(NumberedLines.isSeparator(c) || c == '"' || c == '\'' || c == '{' || c == '}' || c == '['
                    || c == ']' || c == '\\' || c == '=' || c == ',');
        }
        if (plain) {
            return s;
        }
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private interface Element {
        String text(int index);
    }

    private static String joined(int length, Element element) {
        if (length == 0) {
            return quote(JSON_PREFIX + "[]");
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(element.text(i));
        }
        return sb.append('"').toString();
    }

    private static boolean needsJson(String s) {
        List<String> parts = split(s);
        return parts.isEmpty() || numbers(parts) != null || booleans(parts) != null || s.startsWith(JSON_PREFIX);
    }

    private static String json(Object value) {
        try {
            return quote(JSON_PREFIX + Json.MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values always serialise", e);
        }
    }

    /** Whitespace- or comma-separated parts, as ASE's re.findall(r'[^\s,]+'). */
    private static List<String> split(String raw) {
        List<String> parts = new ArrayList<>();
        int n = raw.length();
        int i = 0;
        while (i < n) {
            while (i < n && isPartSeparator(raw.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isPartSeparator(raw.charAt(i))) {
                i++;
            }
            if (i > start) {
                parts.add(raw.substring(start, i));
            }
        }
        return parts;
    }

    private static boolean isPartSeparator(char c) {
        return c == ',' || Character.isWhitespace(c);
    }

    private static Object numbers(List<String> parts) {
        long[] longs = new long[parts.size()];
        boolean allIntegers = true;
        for (int i = 0; i < longs.length && allIntegers; i++) {
            Long v = Numbers.parseInteger(parts.get(i));
            allIntegers = v != null;
            longs[i] = allIntegers ? v : 0;
        }
        if (allIntegers) {
            return longs.length == 1 ? (Object) longs[0] : longs;
        }
        double[] doubles = new double[parts.size()];
        for (int i = 0; i < doubles.length; i++) {
            if (!Numbers.isReal(parts.get(i))) {
                return null;
            }
            doubles[i] = Numbers.real(parts.get(i));
        }
        return doubles.length == 1 ? (Object) doubles[0] : doubles;
    }

    private static Object booleans(List<String> parts) {
        boolean[] values = new boolean[parts.size()];
        for (int i = 0; i < values.length; i++) {
            Boolean b = booleanWord(parts.get(i));
            if (b == null) {
                return null;
            }
            values[i] = b;
        }
        return values.length == 1 ? (Object) values[0] : values;
    }

    /** ASE's str_to_bool words; note "t" and "f" are not among them. */
    static Boolean booleanWord(String s) {
        return switch (s) {
            case "T", "true", "True", "TRUE" -> Boolean.TRUE;
            case "F", "false", "False", "FALSE" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Object fromJson(String raw) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(raw.substring(JSON_PREFIX.length()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the value after _JSON is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            throw new IllegalArgumentException("the value after _JSON is empty");
        }
        Object scalar = scalar(node);
        if (scalar != null) {
            return scalar;
        }
        if (node.isArray()) {
            Object array = flatArray(node);
            if (array != null) {
                return array;
            }
        }
        return raw;
    }

    private static Object scalar(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return null;
    }

    private static Object flatArray(JsonNode array) {
        int n = array.size();
        boolean integers = true;
        boolean numbers = true;
        boolean booleans = true;
        boolean strings = true;
        for (JsonNode e : array) {
            integers &= e.isIntegralNumber() && e.canConvertToLong();
            numbers &= e.isNumber();
            booleans &= e.isBoolean();
            strings &= e.isTextual();
        }
        if (n == 0) {
            return new double[0];
        }
        if (integers) {
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = array.get(i).longValue();
            }
            return out;
        }
        if (numbers) {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = array.get(i).doubleValue();
            }
            return out;
        }
        if (booleans) {
            boolean[] out = new boolean[n];
            for (int i = 0; i < n; i++) {
                out[i] = array.get(i).booleanValue();
            }
            return out;
        }
        if (strings) {
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                out[i] = array.get(i).textValue();
            }
            return out;
        }
        return null;
    }
}
