package org.descriptorworkbench.cache;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;

/**
 * A SHA-256 hash of the content of a {@link Dataset} that a descriptor can see, so that feature matrices
 * can be cached across loads, sessions and machines: two datasets with equal fingerprints give
 * bit-identical descriptor values.
 *
 * <p>Hashed, in structure order: the number of structures, then per structure its atom count, atomic
 * numbers, Cartesian positions as exact IEEE-754 bit patterns (so a change of one ulp, or 0.0 versus
 * −0.0, is a different dataset), whether it has a cell, the nine cell numbers (bit patterns) and the
 * three pbc flags. Every number is written big-endian with a fixed width, and a version tag comes first,
 * so the hash is the same on every run and JVM.
 *
 * <p>Not hashed, on purpose: the dataset's source (the same file under another name or path is the same
 * data, and a moved file keeps its cache), the per-structure info values and the per-atom arrays
 * (energies, forces, config_type…), because no descriptor reads them. A descriptor that ever reads them
 * must add them here and bump {@link #VERSION}.
 *
 * @param hex the 64 lower-case hexadecimal digits of the hash
 */
public record DatasetFingerprint(String hex) {
    /** The version of the hashed layout, part of the hash itself; bump it whenever the layout changes. */
    public static final String VERSION = "dwb-dataset-fingerprint-1";

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER_BYTES = 1 << 16;

    public DatasetFingerprint {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a dataset fingerprint is 64 lower-case hex digits, got " + hex);
        }
    }

    /** The fingerprint of a dataset's structures (reads every position once; no copies of the arrays). */
    public static DatasetFingerprint of(Dataset dataset) {
        Hasher hasher = new Hasher();
        hasher.bytes(VERSION.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        hasher.putInt(dataset.size());
        for (Structure structure : dataset.structures()) {
            hasher.structure(structure);
        }
        return new DatasetFingerprint(HexFormat.of().formatHex(hasher.finish()));
    }

    @Override
    public String toString() {
        return hex;
    }

    /** Feeds fixed-width big-endian numbers into SHA-256 through one reused buffer. */
    private static final class Hasher {
        private final MessageDigest digest = sha256();
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.BIG_ENDIAN);

        void structure(Structure s) {
            int atoms = s.atomCount();
            putInt(atoms);
            for (int a = 0; a < atoms; a++) {
                putInt(s.atomicNumber(a));
            }
            for (int a = 0; a < atoms; a++) {
                for (int axis = 0; axis < 3; axis++) {
                    putDouble(s.position(a, axis));
                }
            }
            Cell cell = s.cell();
            putByte(cell == null ? 0 : 1);
            if (cell != null) {
                for (int row = 0; row < 3; row++) {
                    for (int col = 0; col < 3; col++) {
                        putDouble(cell.get(row, col));
                    }
                }
            }
            for (int axis = 0; axis < 3; axis++) {
                putByte(s.isPeriodic(axis) ? 1 : 0);
            }
        }

        void putInt(int v) {
            room(Integer.BYTES);
            buffer.putInt(v);
        }

        void putDouble(double v) {
            room(Double.BYTES);
            buffer.putLong(Double.doubleToRawLongBits(v));
        }

        void putByte(int v) {
            room(1);
            buffer.put((byte) v);
        }

        void bytes(byte[] b) {
            putInt(b.length);
            flush();
            digest.update(b);
        }

        byte[] finish() {
            flush();
            return digest.digest();
        }

        private void room(int bytes) {
            if (buffer.remaining() < bytes) {
                flush();
            }
        }

        private void flush() {
            digest.update(buffer.array(), 0, buffer.position());
            buffer.clear();
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform provides SHA-256", e);
            }
        }
    }
}
