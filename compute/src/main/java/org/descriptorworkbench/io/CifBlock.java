package org.descriptorworkbench.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One {@code data_} block of a CIF file: its single tag–value items and its loops, with the line of
 * every value for error messages. Tags are compared case-insensitively and with DDLm's '.' read as
 * '_' ({@code _atom_site.fract_x} is {@code _atom_site_fract_x}).
 */
final class CifBlock {

    /** One value as written; "?" (unknown) and "." (not applicable) unquoted are missing. */
    record Value(String text, boolean quoted, long line) {
        boolean isMissing() {
            return !quoted && (text.equals("?") || text.equals("."));
        }
    }

    /** A loop_: its tags (normalised) and values row by row. */
    record Loop(List<String> tags, List<Value> values, long line) {
        int rows() {
            return values.size() / tags.size();
        }

        /** Column index of a normalised tag, or -1. */
        int column(String tag) {
            return tags.indexOf(tag);
        }

        Value get(int row, int column) {
            return values.get(row * tags.size() + column);
        }
    }

    private final String name;
    private final long line;
    private final Map<String, Value> items = new LinkedHashMap<>();
    private final List<Loop> loops = new ArrayList<>();

    private CifBlock(String name, long line) {
        this.name = name;
        this.line = line;
    }

    String name() {
        return name;
    }

    /** Line of the data_ header. */
    long line() {
        return line;
    }

    /** The single (non-loop) value of a tag, or null. */
    Value item(String tag) {
        return items.get(normalise(tag));
    }

    /**
     * The loop holding {@code tag}; if the tag is a single item instead, a one-row table of all single
     * items whose tags start with {@code category}; null if the tag is nowhere.
     */
    Loop table(String category, String tag) {
        String key = normalise(tag);
        for (Loop loop : loops) {
            if (loop.column(key) >= 0) {
                return loop;
            }
        }
        if (!items.containsKey(key)) {
            return null;
        }
        List<String> tags = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        String prefix = normalise(category);
        for (Map.Entry<String, Value> e : items.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                tags.add(e.getKey());
                values.add(e.getValue());
            }
        }
        return new Loop(tags, values, items.get(key).line());
    }

    static String normalise(String tag) {
        return tag.toLowerCase(Locale.ROOT).replace('.', '_');
    }

    /** Parses all data blocks of a file. */
    static List<CifBlock> parseAll(CifTokenizer tokens) {
        NumberedLines lines = tokens.lines();
        List<CifBlock> blocks = new ArrayList<>();
        CifBlock current = null;
        CifTokenizer.Token token = tokens.next();
        while (token.kind() != CifTokenizer.Kind.END) {
            switch (token.kind()) {
                case DATA -> {
                    current = new CifBlock(token.text(), token.line());
                    blocks.add(current);
                    token = tokens.next();
                }
                case TAG -> {
                    requireBlock(current, token, lines);
                    token = current.readItem(token, tokens);
                }
                case LOOP -> {
                    requireBlock(current, token, lines);
                    token = current.readLoop(token, tokens);
                }
                case SAVE -> throw lines.errorAt(token.line(), "save frames and global_ blocks (\"" + Numbers.abbreviate(token.text())
                        + "\") are not supported in structure files");
                default -> throw lines.errorAt(token.line(), "expected a tag, loop_ or data_, got the value \""
                        + Numbers.abbreviate(token.text()) + "\"");
            }
        }
        return blocks;
    }

    private static void requireBlock(CifBlock current, CifTokenizer.Token token, NumberedLines lines) {
        if (current == null) {
            throw lines.errorAt(token.line(), "expected a data_ block header before \"" + Numbers.abbreviate(token.text()) + "\"");
        }
    }

    private CifTokenizer.Token readItem(CifTokenizer.Token tag, CifTokenizer tokens) {
        CifTokenizer.Token value = tokens.next();
        if (value.kind() != CifTokenizer.Kind.VALUE) {
            throw tokens.lines().errorAt(tag.line(), "tag " + tag.text() + " has no value");
        }
        if (items.put(normalise(tag.text()), new Value(value.text(), value.quoted(), value.line())) != null) {
            throw tokens.lines().errorAt(tag.line(), "tag " + tag.text() + " appears twice in block " + name);
        }
        return tokens.next();
    }

    private CifTokenizer.Token readLoop(CifTokenizer.Token loopToken, CifTokenizer tokens) {
        List<String> tags = new ArrayList<>();
        CifTokenizer.Token token = tokens.next();
        while (token.kind() == CifTokenizer.Kind.TAG) {
            tags.add(normalise(token.text()));
            token = tokens.next();
        }
        if (tags.isEmpty()) {
            throw tokens.lines().errorAt(loopToken.line(), "loop_ must be followed by its tags");
        }
        List<Value> values = new ArrayList<>();
        while (token.kind() == CifTokenizer.Kind.VALUE) {
            values.add(new Value(token.text(), token.quoted(), token.line()));
            token = tokens.next();
        }
        if (values.size() % tags.size() != 0) {
            throw tokens.lines().errorAt(loopToken.line(), "the loop_ with " + tags.size() + " tags (" + tags.get(0)
                    + ", ...) has " + values.size() + " values, not a whole number of rows");
        }
        loops.add(new Loop(List.copyOf(tags), values, loopToken.line()));
        return token;
    }
}
