package org.descriptorworkbench.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The lines of one text file read one at a time, with the current 1-based line number, a bound on how
 * much text is left (so a claimed atom count can be checked before anything is allocated), whitespace
 * tokenizing and number parsing that fail with a {@link StructureFormatException} naming file and line.
 * Shared by every reader in this package. Not thread-safe; one instance per read.
 */
final class NumberedLines implements AutoCloseable {
    /** Size used when the total length of the text is not known. */
    static final long UNKNOWN_SIZE = Long.MAX_VALUE;

    private final String source;
    private final BufferedReader reader;
    private final long size;
    private long consumed;
    private long lineNumber;
    private String pushedBack;

    NumberedLines(String source, Reader text, long sizeInBytes) {
        this.source = source;
        this.reader = text instanceof BufferedReader b ? b : new BufferedReader(text, 1 << 16);
        this.size = sizeInBytes;
    }

    /** Opens a file as UTF-8; malformed bytes become U+FFFD rather than failing half-way. */
    static NumberedLines open(Path file) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            Reader text = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8);
            return new NumberedLines(source, text, size);
        } catch (NoSuchFileException e) {
            throw new StructureFormatException(source, 0, "no such file");
        } catch (IOException e) {
            throw new StructureFormatException(source, 0, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /** The file as the user named it. */
    String source() {
        return source;
    }

    /** The number of the line most recently returned by {@link #next()}, 1-based; 0 before the first. */
    long lineNumber() {
        return lineNumber;
    }

    /** The next line without its terminator (LF, CR or CRLF), or null at the end of the file. */
    String next() {
        if (pushedBack != null) {
            String line = pushedBack;
            pushedBack = null;
            lineNumber++;
            return line;
        }
        try {
            String line = reader.readLine();
            if (line != null) {
                lineNumber++;
                consumed += line.length() + 1;
            }
            return line;
        } catch (IOException e) {
            throw new StructureFormatException(source, lineNumber + 1, "cannot read the line: " + e.getMessage(), e);
        }
    }

    /** The next line, failing with "expected {what}" if the file has ended. */
    String require(String what) {
        String line = next();
        if (line == null) {
            throw new StructureFormatException(source, lineNumber + 1, "expected " + what + ", reached the end of the file");
        }
        return line;
    }

    /** Makes {@code line}, just returned by {@link #next()}, the next line again. */
    void pushBack(String line) {
        if (pushedBack != null) {
            throw new IllegalStateException("only one line can be pushed back");
        }
        pushedBack = line;
        lineNumber--;
    }

    /**
     * An upper bound on the number of characters after the current line. Characters never outnumber
     * UTF-8 bytes, and a CRLF counts once here, so this never underestimates.
     */
    long remainingCharacters() {
        return size == UNKNOWN_SIZE ? UNKNOWN_SIZE : Math.max(0, size - consumed) + (pushedBack == null ? 0 : pushedBack.length() + 1);
    }

    /**
     * Rejects a count of records that the rest of the file cannot hold, before anything is allocated:
     * each record needs at least {@code minCharactersEach} characters (tokens, separators, newline).
     * The error names {@code countLine}, where the count was written.
     */
    void requireRoomFor(long count, int minCharactersEach, String what, long countLine) {
        long remaining = remainingCharacters();
        if (remaining != UNKNOWN_SIZE && count > (remaining + 1) / minCharactersEach) {
            throw errorAt(countLine, "the file claims " + count + " " + what + " but the rest of it can hold at most "
                    + (remaining + 1) / minCharactersEach);
        }
    }

    /** An error about the current line. */
    StructureFormatException error(String message) {
        return new StructureFormatException(source, lineNumber, message);
    }

    /** An error about a given line. */
    StructureFormatException errorAt(long line, String message) {
        return new StructureFormatException(source, line, message);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // Nothing was written, so a failing close cannot lose data.
        }
    }

    /** True if the line is empty or holds only whitespace. */
    static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isSeparator(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits a line at runs of whitespace (any character up to U+0020, as Python's str.split() does
     * for ASCII text) into {@code out}; returns the number of tokens, which may exceed out.length
     * (only the first out.length are stored).
     */
    static int tokens(String line, String[] out) {
        int count = 0;
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(line.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            while (i < n && !isSeparator(line.charAt(i))) {
                i++;
            }
            if (count < out.length) {
                out[count] = line.substring(start, i);
            }
            count++;
        }
        return count;
    }

    /** All whitespace-separated tokens of a line. */
    static String[] tokens(String line) {
        int count = tokens(line, new String[0]);
        String[] out = new String[count];
        tokens(line, out);
        return out;
    }

    static boolean isSeparator(char c) {
        return c <= ' ';
    }

    /** Parses a real number (see {@link Numbers#isReal}), failing with an error naming the current line. */
    double real(String token, String what) {
        if (!Numbers.isReal(token)) {
            throw error("expected " + what + " (a number), got \"" + Numbers.abbreviate(token) + "\"");
        }
        return Numbers.real(token);
    }

    /** Parses a finite real number, failing with an error naming the current line. */
    double finite(String token, String what) {
        double value = real(token, what);
        if (!Double.isFinite(value)) {
            throw error("expected " + what + " as a finite number, got \"" + Numbers.abbreviate(token) + "\"");
        }
        return value;
    }

    /** Parses an integer (see {@link Numbers#parseInteger}), failing with an error naming the current line. */
    long integer(String token, String what) {
        Long value = Numbers.parseInteger(token);
        if (value == null) {
            throw error("expected " + what + " (an integer), got \"" + Numbers.abbreviate(token) + "\"");
        }
        return value;
    }
}
