package org.descriptorworkbench.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import org.descriptorworkbench.structure.AtomArray;
import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Element;
import org.descriptorworkbench.structure.Structure;

/**
 * Writes extended XYZ in ASE's layout (Lattice, Properties, info, pbc on the comment line) so that
 * {@link ExtendedXyzReader} — and ASE — read back exactly what was written: numbers in full precision
 * (Java's shortest round-tripping decimal), every info type preserved (see {@link InfoValueSyntax}),
 * per-atom arrays with their types. A file is written to a temporary sibling and moved into place,
 * so a failed write leaves no partial file.
 *
 * <p>Refused (nothing written): info keys Lattice, Properties or pbc; per-atom arrays named species
 * or pos or with ':' or whitespace in the name; per-atom strings that are empty or hold whitespace.
 * Not preserved: the element type of an empty info array (it reads back as an empty double[]).
 */
public final class ExtendedXyzWriter {
    private static final Set<String> RESERVED_INFO_KEYS = Set.of("Lattice", "Properties", "pbc");
    private static final Set<String> RESERVED_COLUMNS = Set.of("species", "pos");

    /** Writes the dataset to {@code file}, replacing it. */
    public void write(Dataset dataset, Path file) {
        String target = file.toString();
        check(dataset, target);
        Path dir = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                writeChecked(dataset, out);
            }
            move(temporary, file);
        } catch (IOException e) {
            throw new StructureWriteException(target, "cannot write the file: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Writes the dataset as text to {@code out} ({@code target} names it in errors); out is flushed, not closed. */
    public void write(Dataset dataset, String target, Writer out) {
        check(dataset, target);
        try {
            writeChecked(dataset, out);
            out.flush();
        } catch (IOException e) {
            throw new StructureWriteException(target, "cannot write: " + e.getMessage(), e);
        }
    }

    private static void writeChecked(Dataset dataset, Writer out) throws IOException {
        Writer buffered = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
        StringBuilder line = new StringBuilder(256);
        for (Structure s : dataset.structures()) {
            buffered.write(Integer.toString(s.atomCount()));
            buffered.write('\n');
            buffered.write(commentLine(s));
            buffered.write('\n');
            for (int atom = 0; atom < s.atomCount(); atom++) {
                line.setLength(0);
                atomLine(s, atom, line);
                buffered.append(line).append('\n');
            }
        }
        buffered.flush();
    }

    /** The comment line: Lattice, Properties, info in order, pbc. */
    static String commentLine(Structure s) {
        StringBuilder sb = new StringBuilder();
        Cell cell = s.cell();
        if (cell != null) {
            sb.append("Lattice=\"");
            double[] m = cell.toRowMajor();
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : " ").append(m[i]);
            }
            sb.append("\" ");
        }
        sb.append("Properties=species:S:1:pos:R:3");
        for (AtomArray a : s.arrays().values()) {
            sb.append(':').append(a.name()).append(':').append(a.kind().code()).append(':').append(a.columns());
        }
        for (Map.Entry<String, Object> e : s.info().entrySet()) {
            sb.append(' ').append(InfoValueSyntax.quote(e.getKey())).append('=').append(InfoValueSyntax.format(e.getValue()));
        }
        boolean[] pbc = s.pbc();
        sb.append(" pbc=\"").append(pbc[0] ? 'T' : 'F').append(' ').append(pbc[1] ? 'T' : 'F').append(' ')
                .append(pbc[2] ? 'T' : 'F').append('"');
        return sb.toString();
    }

    private static void atomLine(Structure s, int atom, StringBuilder sb) {
        sb.append(Element.of(s.atomicNumber(atom)).symbol());
        for (int axis = 0; axis < 3; axis++) {
            sb.append(' ').append(s.position(atom, axis));
        }
        for (AtomArray a : s.arrays().values()) {
            for (int c = 0; c < a.columns(); c++) {
                sb.append(' ').append(a.format(atom, c));
            }
        }
    }

    /** Everything that could make the output unreadable is refused before a byte is written. */
    private static void check(Dataset dataset, String target) {
        int frame = 0;
        for (Structure s : dataset.structures()) {
            frame++;
            for (Map.Entry<String, Object> e : s.info().entrySet()) {
                checkInfo(e.getKey(), e.getValue(), frame, target);
            }
            for (AtomArray a : s.arrays().values()) {
                checkArray(a, frame, target);
            }
        }
    }

    private static void checkInfo(String key, Object value, int frame, String target) {
        if (key.isEmpty() || RESERVED_INFO_KEYS.contains(key)) {
            throw new StructureWriteException(target, "structure " + frame + ": info key \"" + key
                    + "\" cannot be written (empty, or reserved for the cell, columns and pbc)");
        }
        try {
            InfoValueSyntax.format(value);
        } catch (IllegalArgumentException e) {
            throw new StructureWriteException(target, "structure " + frame + ", info " + key + ": " + e.getMessage());
        }
    }

    private static void checkArray(AtomArray a, int frame, String target) {
        String name = a.name();
        if (name.isEmpty() || RESERVED_COLUMNS.contains(name) || name.indexOf(':') >= 0 || hasSeparator(name)
                || !InfoValueSyntax.quote(name).equals(name)) {
            throw new StructureWriteException(target, "structure " + frame + ": per-atom array \"" + name
                    + "\" cannot be a Properties column (reserved, or has ':', whitespace, quotes, brackets or '=')");
        }
        if (a.kind() == AtomArray.Kind.STRING) {
            for (String v : a.strings()) {
                if (v == null || v.isEmpty() || hasSeparator(v)) {
                    throw new StructureWriteException(target, "structure " + frame + ": per-atom array " + name
                            + " has a value that is empty or holds whitespace, which extended XYZ columns cannot hold");
                }
            }
        }
    }

    private static boolean hasSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (NumberedLines.isSeparator(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The temporary file is hidden and harmless; the write itself has already succeeded or failed.
        }
    }
}
