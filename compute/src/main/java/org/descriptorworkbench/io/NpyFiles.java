package org.descriptorworkbench.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.error.WorkbenchException;

/**
 * Reads and writes NumPy {@code .npy} files (format versions 1–3) holding a 1-D or 2-D array, so
 * matrices pass to and from {@code numpy.load}/{@code numpy.save} unchanged. Writes float64
 * little-endian C order; reads float64/float32/int64/int32 in either byte order and either memory order.
 */
public final class NpyFiles {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([fi])(\\d)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyFiles() {
    }

    /** Writes a rows×columns float64 matrix (row-major data) as a version 1.0 .npy file. */
    public static void write(Path file, int rows, int columns, double[] rowMajor) {
        if ((long) rows * columns != rowMajor.length) {
            throw new IllegalArgumentException(rows + "×" + columns + " does not match " + rowMajor.length + " values");
        }
        String dict = String.format(Locale.ROOT, "{'descr': '<f8', 'fortran_order': False, 'shape': (%d, %d), }", rows, columns);
        writeArray(file, dict, rowMajor);
    }

    /** Writes a matrix's values (metadata is not part of the .npy format). */
    public static void write(Path file, FeatureMatrix matrix) {
        write(file, matrix.rows(), matrix.columns(), matrix.data());
    }

    /** Writes a 1-D float64 array. */
    public static void writeVector(Path file, double[] values) {
        String dict = String.format(Locale.ROOT, "{'descr': '<f8', 'fortran_order': False, 'shape': (%d,), }", values.length);
        writeArray(file, dict, values);
    }

    private static void writeArray(Path file, String dict, double[] values) {
        // Header padded with spaces so that the data starts at a multiple of 64 bytes, as NumPy ≥ 1.23 does.
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            out.write(MAGIC);
            out.write(1);
            out.write(0);
            int len = header.length();
            out.write(len & 0xff);
            out.write((len >> 8) & 0xff);
            out.write(header.getBytes(StandardCharsets.US_ASCII));
            ByteBuffer buf = ByteBuffer.allocate(8 * 4096).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < values.length; i++) {
                if (!buf.hasRemaining()) {
                    out.write(buf.array(), 0, buf.position());
                    buf.clear();
                }
                buf.putDouble(values[i]);
            }
            out.write(buf.array(), 0, buf.position());
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new WorkbenchException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
        try {
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new WorkbenchException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the original error is the one worth reporting
        }
    }

    /** Reads a 1-D (as one column) or 2-D array as a float64 matrix named after the file. */
    public static FeatureMatrix read(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer head = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, head, file);
            head.flip();
            byte[] magic = new byte[6];
            head.get(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw bad(file, "not a NumPy .npy file (magic string missing)");
            }
            int major = head.get() & 0xff;
            head.get();
            long headerLength;
            if (major == 1) {
                headerLength = head.getShort() & 0xffff;
            } else if (major == 2 || major == 3) {
                ByteBuffer four = ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN);
                readFully(ch, four, file);
                four.flip();
                headerLength = (head.getShort() & 0xffffL) | ((long) (four.getShort() & 0xffff) << 16);
            } else {
                throw bad(file, "unsupported .npy format version " + major + " (1, 2 and 3 are supported)");
            }
            if (headerLength > size || headerLength > 1 << 20) {
                throw bad(file, "header length " + headerLength + " exceeds the file");
            }
            ByteBuffer hb = ByteBuffer.allocate((int) headerLength);
            readFully(ch, hb, file);
            String header = new String(hb.array(), major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            return readData(file, ch, size, header);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static FeatureMatrix readData(Path file, FileChannel ch, long size, String header) throws IOException {
        Matcher d = DESCR.matcher(header);
        if (!d.find()) {
            throw bad(file, "dtype is not a real or integer number type (float64, float32, int64, int32 are supported)");
        }
        ByteOrder order = d.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        char kind = d.group(2).charAt(0);
        int width = Integer.parseInt(d.group(3));
        if (width != 4 && width != 8) {
            throw bad(file, "element size " + width + " bytes is not supported (4 or 8)");
        }
        Matcher f = FORTRAN.matcher(header);
        boolean fortran = f.find() && f.group(1).equals("True");
        Matcher s = SHAPE.matcher(header);
        if (!s.find()) {
            throw bad(file, "header has no shape");
        }
        long[] shape = parseShape(file, s.group(1));
        long rows = shape.length == 0 ? 1 : shape[0];
        long cols = shape.length < 2 ? 1 : shape[1];
        long count = rows * cols;
        if (count > Integer.MAX_VALUE - 8) {
            throw bad(file, "array of " + rows + "×" + cols + " values is too large for one matrix");
        }
        if (count * width > size - ch.position()) {
            throw bad(file, "shape (" + rows + ", " + cols + ") needs " + count * width + " bytes of data but the file has "
                    + (size - ch.position()));
        }
        ByteBuffer data = ByteBuffer.allocate((int) (count * width)).order(order);
        readFully(ch, data, file);
        data.flip();
        double[] values = new double[(int) count];
        for (int i = 0; i < values.length; i++) {
            values[i] = kind == 'f'
                    ? (width == 8 ? data.getDouble() : data.getFloat())
                    : (width == 8 ? data.getLong() : data.getInt());
        }
        if (fortran && shape.length == 2) {
            values = transpose(values, (int) cols, (int) rows);
        }
        return FeatureMatrix.of((int) rows, (int) cols, values, file.getFileName().toString());
    }

    private static long[] parseShape(Path file, String text) {
        String[] parts = text.split(",");
        java.util.List<Long> dims = new java.util.ArrayList<>();
        for (String p : parts) {
            String t = p.trim();
            if (t.isEmpty()) {
                continue;
            }
            try {
                long v = Long.parseLong(t.endsWith("L") ? t.substring(0, t.length() - 1) : t);
                if (v < 0) {
                    throw bad(file, "negative dimension in shape (" + text + ")");
                }
                dims.add(v);
            } catch (NumberFormatException e) {
                throw bad(file, "shape (" + text + ") is not a tuple of integers");
            }
        }
        if (dims.size() > 2) {
            throw bad(file, "array has " + dims.size() + " dimensions; a matrix needs 1 or 2");
        }
        return dims.stream().mapToLong(Long::longValue).toArray();
    }

    /** Transposes a rows×cols row-major array. */
    private static double[] transpose(double[] a, int rows, int cols) {
        double[] t = new double[a.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = a[i * cols + j];
            }
        }
        return t;
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, Path file) throws IOException {
        while (buf.hasRemaining()) {
            if (ch.read(buf) < 0) {
                throw bad(file, "file ends early");
            }
        }
    }

    private static WorkbenchException bad(Path file, String message) {
        return new WorkbenchException(file + ": " + message);
    }
}
