package org.descriptorworkbench.io;

/**
 * Splits CIF 1.1 text into tokens, each with its line: {@code data_} headers, {@code loop_}, tags
 * ({@code _name}) and values (bare words, 'single' or "double" quoted strings, which end only at a
 * quote followed by whitespace, and ;-delimited text fields). Comments (# to the end of the line)
 * are skipped.
 */
final class CifTokenizer {

    /** What a token is. */
    enum Kind { DATA, LOOP, TAG, VALUE, SAVE, END }

    /** One token; {@code quoted} values are never "?" or "." placeholders. */
    record Token(Kind kind, String text, boolean quoted, long line) {
    }

    private final NumberedLines lines;
    private String line;
    private int pos;

    CifTokenizer(NumberedLines lines) {
        this.lines = lines;
    }

    NumberedLines lines() {
        return lines;
    }

    /** The next token, or one of kind END at the end of the file. */
    Token next() {
        while (true) {
            if (line == null || pos >= line.length()) {
                line = lines.next();
                pos = 0;
                if (line == null) {
                    return new Token(Kind.END, "", false, lines.lineNumber() + 1);
                }
                if (line.startsWith(";")) {
                    return textField();
                }
            }
            while (pos < line.length() && NumberedLines.isSeparator(line.charAt(pos))) {
                pos++;
            }
            if (pos >= line.length()) {
                continue;
            }
            char c = line.charAt(pos);
            if (c == '#') {
                pos = line.length();
                continue;
            }
            if (c == '\'' || c == '"') {
                return quoted(c);
            }
            return word();
        }
    }

    private Token word() {
        int start = pos;
        while (pos < line.length() && !NumberedLines.isSeparator(line.charAt(pos))) {
            pos++;
        }
        String text = line.substring(start, pos);
        long number = lines.lineNumber();
        if (text.charAt(0) == '_') {
            return new Token(Kind.TAG, text, false, number);
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("data_")) {
            return new Token(Kind.DATA, text.substring(5), false, number);
        }
        if (lower.equals("loop_")) {
            return new Token(Kind.LOOP, text, false, number);
        }
        if (lower.startsWith("save_") || lower.equals("global_") || lower.equals("stop_")) {
            return new Token(Kind.SAVE, text, false, number);
        }
        return new Token(Kind.VALUE, text, false, number);
    }

    private Token quoted(char quote) {
        int start = pos + 1;
        int i = start;
        while (i < line.length()) {
            if (line.charAt(i) == quote && (i + 1 == line.length() || NumberedLines.isSeparator(line.charAt(i + 1)))) {
                pos = i + 1;
                return new Token(Kind.VALUE, line.substring(start, i), true, lines.lineNumber());
            }
            i++;
        }
        throw lines.error("the quoted string starting with " + quote + " is not closed on its line");
    }

    private Token textField() {
        long first = lines.lineNumber();
        StringBuilder text = new StringBuilder(line.substring(1));
        while (true) {
            String next = lines.next();
            if (next == null) {
                throw lines.errorAt(first, "the text field opened by ';' here is never closed by a line starting with ';'");
            }
            if (next.startsWith(";")) {
                line = next;
                pos = 1;
                return new Token(Kind.VALUE, text.toString().strip(), true, first);
            }
            text.append('\n').append(next);
        }
    }
}
