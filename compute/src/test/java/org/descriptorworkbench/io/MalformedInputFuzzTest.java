package org.descriptorworkbench.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged files — truncated, lines or tokens deleted or duplicated, numbers replaced by garbage,
 * absurd atom counts — fail only with a StructureFormatException naming the file, never with another
 * exception or by running out of memory. Seeded, so every failure can be replayed.
 */
class MalformedInputFuzzTest {
    private static final int MUTATIONS_PER_INPUT = 300;
    private static final String[] GARBAGE = {
        "abc", "1e999", "-1e999", "nan", "inf", "-", "+", ".", "1.2.3", "0x1p3", "1d", "∞", "\"", "'", "{", "}", "[", "=",
        "==", "\\", "_JSON {", "999999999999", "-5", "2147483648", "2147483647", "9223372036854775808", "1/0", "(", ")",
        ";", "#", "loop_", "data_", "_atom_site_fract_x", "Selective", "Direct", "T", "Xx", "0", "1e308", "Lattice=\"1\"",
        "Properties=species:S:1", "pbc=T", "Properties=a:R:99999999999"
    };
    private static final String[] ABSURD_COUNTS = {"999999999999", "-5", "2147483648", "2147483647", "715827882", "700000000", "0", "1000000"};

    enum Reader {
        XYZ(new ExtendedXyzReader()), POSCAR(new PoscarReader()), CIF(new CifReader());

        final StructureReader reader;

        Reader(StructureReader reader) {
            this.reader = reader;
        }
    }

    static Stream<Arguments> inputs() {
        Path bundle = TestFiles.shared().resolve("datasets/bundle");
        Path generated = TestFiles.shared().resolve("datasets/generated");
        return Stream.of(
                Arguments.of("g2_162 (5 frames)", Reader.XYZ, firstFrames(bundle.resolve("g2_162.extxyz"), 5)),
                Arguments.of("Si_mlearn_239 (1 frame)", Reader.XYZ, firstFrames(bundle.resolve("Si_mlearn_239.extxyz"), 1)),
                Arguments.of("small_molecules-1000 (4 frames)", Reader.XYZ, firstFrames(bundle.resolve("small_molecules-1000.xyz"), 4)),
                Arguments.of("quinary_liquid (1 frame)", Reader.XYZ, firstFrames(generated.resolve("quinary_liquid.extxyz"), 1)),
                Arguments.of("ase_values.extxyz", Reader.XYZ, resource("ase_values.extxyz")),
                Arguments.of("crlf_trailing_blank_lines.xyz", Reader.XYZ, resource("crlf_trailing_blank_lines.xyz")),
                Arguments.of("plain.xyz", Reader.XYZ, resource("plain.xyz")),
                Arguments.of("Si_diamond_direct.vasp", Reader.POSCAR, resource("Si_diamond_direct.vasp")),
                Arguments.of("Si_diamond_cartesian.vasp", Reader.POSCAR, resource("Si_diamond_cartesian.vasp")),
                Arguments.of("CONTCAR_selective", Reader.POSCAR, resource("CONTCAR_selective")),
                Arguments.of("quartz_vasp4.poscar", Reader.POSCAR, resource("quartz_vasp4.poscar")),
                Arguments.of("rutile_TiO2.cif", Reader.CIF, resource("rutile_TiO2.cif")),
                Arguments.of("wurtzite_ZnO_ddlm.cif", Reader.CIF, resource("wurtzite_ZnO_ddlm.cif")),
                Arguments.of("p1_labels_only.cif", Reader.CIF, resource("p1_labels_only.cif")),
                Arguments.of("partial_occupancy.cif", Reader.CIF, resource("partial_occupancy.cif")));
    }

    private static String resource(String name) {
        return TestFiles.text(TestFiles.resource(name));
    }

    /** The first frames of an XYZ file, assuming (as in the shared datasets) a count line per frame. */
    private static String firstFrames(Path file, int frames) {
        List<String> lines = Arrays.asList(TestFiles.text(file).split("\n", -1));
        int end = 0;
        for (int f = 0; f < frames && end < lines.size(); f++) {
            end += Integer.parseInt(lines.get(end).strip()) + 2;
        }
        return String.join("\n", lines.subList(0, end)) + "\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void damagedInputFailsOnlyWithAStructureFormatException(String name, Reader format, String original, @TempDir Path dir)
            throws IOException {
        if (!name.startsWith("partial")) {
            format.reader.read("original", new StringReader(original));
        }
        Random random = new Random(name.hashCode());
        int rejected = 0;
        for (int m = 0; m < MUTATIONS_PER_INPUT; m++) {
            List<String> applied = new ArrayList<>();
            String text = original;
            int count = 1 + random.nextInt(3);
            for (int k = 0; k < count; k++) {
                text = mutate(text, format, random, applied);
            }
            if (!assertReadsOrFailsCleanly(format, text, name + " mutation " + m + " " + applied, dir, m)) {
                rejected++;
            }
        }
        // Most damage must be noticed; a reader that accepted everything would pass the loop above.
        assertTrue(rejected > MUTATIONS_PER_INPUT / 3, name + ": only " + rejected + " of " + MUTATIONS_PER_INPUT + " damaged inputs were rejected");
    }

    /** Reads the text (from a Reader, and every other time from a file); true if it was accepted. */
    private static boolean assertReadsOrFailsCleanly(Reader format, String text, String what, Path dir, int m) throws IOException {
        boolean accepted = false;
        try {
            format.reader.read("fuzz-input", new StringReader(text));
            accepted = true;
        } catch (StructureFormatException e) {
            assertTrue(e.getMessage().startsWith("fuzz-input"), () -> what + ": message does not name the file: " + e.getMessage());
            assertFalse(e.getMessage().contains("\n"), () -> what + ": message is not one line: " + e.getMessage());
        } catch (Throwable t) {
            fail(what + ": " + t + "\ninput:\n" + abbreviate(text), t);
        }
        if (m % 2 == 0) {
            // Through a file too, where atom counts are checked against the file size before allocating.
            Path file = dir.resolve("fuzz-" + m);
            Files.writeString(file, text);
            try {
                format.reader.read(file);
            } catch (StructureFormatException e) {
                assertTrue(e.getMessage().startsWith(file.toString()), () -> what + ": message does not name the file: " + e.getMessage());
            } catch (Throwable t) {
                fail(what + " (from a file): " + t + "\ninput:\n" + abbreviate(text), t);
            }
        }
        return accepted;
    }

    private static String mutate(String text, Reader format, Random random, List<String> applied) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        int kind = random.nextInt(10);
        switch (kind) {
            case 0 -> {
                applied.add("truncate");
                return text.substring(0, random.nextInt(text.length() + 1));
            }
            case 1 -> {
                applied.add("delete line " + (line + 1));
                lines.remove(line);
            }
            case 2 -> {
                applied.add("duplicate line " + (line + 1));
                lines.add(line, lines.get(line));
            }
            case 3 -> {
                applied.add("delete a token of line " + (line + 1));
                lines.set(line, editToken(lines.get(line), random, null));
            }
            case 4 -> {
                applied.add("duplicate a token of line " + (line + 1));
                lines.set(line, editToken(lines.get(line), random, ""));
            }
            case 5, 6 -> {
                String garbage = GARBAGE[random.nextInt(GARBAGE.length)];
                applied.add("replace a token of line " + (line + 1) + " by " + garbage);
                lines.set(line, editToken(lines.get(line), random, garbage));
            }
            case 7 -> {
                int target = countLine(lines, format, random);
                String count = ABSURD_COUNTS[random.nextInt(ABSURD_COUNTS.length)];
                applied.add("count on line " + (target + 1) + " = " + count);
                lines.set(target, format == Reader.POSCAR ? lines.get(target).replaceFirst("\\d+", count) : count);
            }
            case 8 -> {
                String garbage = GARBAGE[random.nextInt(GARBAGE.length)];
                applied.add("insert line " + garbage);
                lines.add(line, garbage);
            }
            default -> {
                int at = random.nextInt(text.length() + 1);
                char c = "\"'{}[]=\\;#_ \t\r".charAt(random.nextInt(14));
                applied.add("insert char " + (int) c + " at " + at);
                return text.substring(0, at) + c + text.substring(at);
            }
        }
        return String.join("\n", lines);
    }

    /** Replaces (garbage != null and not empty), duplicates (garbage "") or deletes (null) one token. */
    private static String editToken(String line, Random random, String garbage) {
        String[] tokens = NumberedLines.tokens(line);
        if (tokens.length == 0) {
            return garbage == null ? line : line + " " + garbage;
        }
        int i = random.nextInt(tokens.length);
        List<String> out = new ArrayList<>(Arrays.asList(tokens));
        if (garbage == null) {
            out.remove(i);
        } else if (garbage.isEmpty()) {
            out.add(i, tokens[i]);
        } else {
            out.set(i, garbage);
        }
        return String.join(" ", out);
    }

    /** A line holding an atom count: the first line of some XYZ frame, or a POSCAR counts line. */
    private static int countLine(List<String> lines, Reader format, Random random) {
        if (format == Reader.POSCAR) {
            return Math.min(lines.size() - 1, 6);
        }
        if (format == Reader.CIF) {
            return random.nextInt(lines.size());
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (Numbers.parseInteger(lines.get(i).strip()) != null) {
                candidates.add(i);
            }
        }
        return candidates.isEmpty() ? 0 : candidates.get(random.nextInt(candidates.size()));
    }

    private static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "\n...";
    }
}
