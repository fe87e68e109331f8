package org.descriptorworkbench.descriptor;

import java.util.ArrayList;
import java.util.List;

import org.descriptorworkbench.error.ParameterException;

/**
 * Reads the generic syntax of descriptor specs into {@link SpecValue}s: numbers, identifiers,
 * double-quoted strings, lists {@code [a, b]} and calls {@code name(value, key=value)}, nested to any depth. It knows
 * nothing about families; {@link Signature} gives the values their meaning.
 */
public final class SpecParser {
    private final String text;
    private int pos;

    private SpecParser(String text) {
        this.text = text;
    }

    /** Parses a whole text as one value; throws ParameterException("descriptor", ...) on a syntax error. */
    public static SpecValue parse(String text) {
        SpecParser parser = new SpecParser(text);
        SpecValue value = parser.value();
        parser.skipSpace();
        if (parser.pos != text.length()) {
            throw parser.error("unexpected '" + text.charAt(parser.pos) + "'");
        }
        return value;
    }

    /** Parses a text that must be a call, e.g. {@code soap(r_cut=4)}; a bare name counts as a call without arguments. */
    public static SpecValue.Call parseCall(String text) {
        SpecValue value = parse(text);
        if (value instanceof SpecValue.Word word) {
            return new SpecValue.Call(word.name(), List.of());
        }
        if (value instanceof SpecValue.Call call) {
            return call;
        }
        throw new ParameterException("descriptor", "expected a form like soap(r_cut=4, ...), got '" + text.strip() + "'");
    }

    private SpecValue value() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("expected a value");
        }
        char c = text.charAt(pos);
        if (c == '[') {
            return list();
        }
        if (c == '"') {
            return quoted();
        }
        if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
            return number();
        }
        if (isIdentifierStart(c)) {
            String name = identifier();
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == '(') {
                return call(name);
            }
            return new SpecValue.Word(name);
        }
        throw error("unexpected '" + c + "'");
    }

    private SpecValue list() {
        pos++;
        List<SpecValue> items = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            return new SpecValue.ListOf(items);
        }
        while (true) {
            items.add(value());
            skipSpace();
            char c = peek();
            pos++;
            if (c == ']') {
                return new SpecValue.ListOf(items);
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private SpecValue.Call call(String name) {
        pos++;
        List<SpecValue.Argument> args = new ArrayList<>();
        skipSpace();
        if (peek() == ')') {
            pos++;
            return new SpecValue.Call(name, args);
        }
        while (true) {
            args.add(argument());
            skipSpace();
            char c = peek();
            pos++;
            if (c == ')') {
                return new SpecValue.Call(name, args);
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ')'");
            }
        }
    }

    private SpecValue.Argument argument() {
        skipSpace();
        int start = pos;
        if (pos < text.length() && isIdentifierStart(text.charAt(pos))) {
            String name = identifier();
            skipSpace();
            if (peek() == '=') {
                pos++;
                return new SpecValue.Argument(name, value());
            }
            pos = start;
        }
        return new SpecValue.Argument(null, value());
    }

    /** A double-quoted string; a backslash takes the next character literally. */
    private SpecValue quoted() {
        int start = pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return new SpecValue.Text(out.toString());
            }
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            out.append(c);
        }
        pos = start;
        throw error("unterminated string");
    }

    private SpecValue number() {
        int start = pos;
        while (pos < text.length() && "+-.0123456789eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String token = text.substring(start, pos);
        try {
            double v = Double.parseDouble(token);
            if (!Double.isFinite(v)) {
                pos = start;
                throw error("number '" + token + "' is out of range");
            }
            return new SpecValue.Num(v);
        } catch (NumberFormatException e) {
            pos = start;
            throw error("'" + token + "' is not a number");
        }
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private ParameterException error(String what) {
        return new ParameterException("descriptor", what + " at column " + (pos + 1) + " of '" + text.strip() + "'");
    }
}
