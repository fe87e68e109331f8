package org.descriptorworkbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.descriptorworkbench.structure.AtomArray;
import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.InfoValues;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What is written reads back identically: positions bit for bit, cell, pbc, every info type, arrays. */
class ExtendedXyzWriterTest {

    private static String text(Structure... structures) {
        StringWriter out = new StringWriter();
        new ExtendedXyzWriter().write(new Dataset("test", List.of(structures)), "test.extxyz", out);
        return out.toString();
    }

    private static Structure roundTrip(Structure s) {
        Dataset back = new ExtendedXyzReader().read("test.extxyz", new StringReader(text(s)));
        assertEquals(1, back.size());
        return back.get(0);
    }

    private static Structure withInfo(Map<String, Object> info) {
        return new Structure(new int[] {1}, new double[] {0, 0, 0}, null, null, info, null);
    }

    @Test
    void commentLineFollowsAseLayout() {
        Structure s = new Structure(new int[] {14}, new double[] {0.5, 0, 0}, Cell.orthorhombic(4, 4, 4),
                new boolean[] {true, true, true}, Map.of("energy", -1.5),
                Map.of("forces", AtomArray.ofReal("forces", 3, new double[] {0.1, 0.2, 0.3})));
        assertEquals("1\nLattice=\"4.0 0.0 0.0 0.0 4.0 0.0 0.0 0.0 4.0\" Properties=species:S:1:pos:R:3:forces:R:3 energy=-1.5 pbc=\"T T T\"\n"
                + "Si 0.5 0.0 0.0 0.1 0.2 0.3\n", text(s));
    }

    @Test
    void positionsRoundTripBitForBit() {
        Random random = new Random(7);
        int n = 200;
        double[] positions = new double[3 * n];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
        }
        positions[0] = -0.0;
        positions[1] = Double.MIN_VALUE;
        positions[2] = 1e300;
        int[] numbers = new int[n];
        for (int i = 0; i < n; i++) {
            numbers[i] = 1 + random.nextInt(118);
        }
        Structure s = Structure.cluster(numbers, positions);
        assertEquals(s, roundTrip(s));
    }

    @Test
    void cellAndPbcRoundTrip() {
        Random random = new Random(11);
        double[] m = new double[9];
        for (int i = 0; i < 9; i++) {
            m[i] = random.nextDouble() * 10 - 5;
        }
        Structure s = Structure.periodic(new int[] {8}, new double[] {1, 2, 3}, Cell.ofRowMajor(m), new boolean[] {true, true, false});
        Structure back = roundTrip(s);
        assertEquals(s.cell(), back.cell());
        assertArrayEquals(new boolean[] {true, true, false}, back.pbc());
    }

    @Test
    void aCellWithoutPeriodicDirectionsStaysNonPeriodic() {
        Structure s = Structure.periodic(new int[] {8}, new double[] {1, 2, 3}, Cell.orthorhombic(14, 14, 14), new boolean[3]);
        assertEquals(s, roundTrip(s));
    }

    @Test
    void aClusterHasNoLattice() {
        Structure s = Structure.cluster(new int[] {1}, new double[] {0, 0, 0});
        assertFalse(text(s).contains("Lattice"));
        assertEquals(s, roundTrip(s));
    }

    @Test
    void everyInfoTypeRoundTrips() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("long", -42L);
        info.put("double", 0.1);
        info.put("wholeDouble", 2.0);
        info.put("tiny", 4.9e-324);
        info.put("nan", Double.NaN);
        info.put("infinite", Double.NEGATIVE_INFINITY);
        info.put("true", true);
        info.put("false", false);
        info.put("text", "plain");
        info.put("spaces", "two words and \"quotes\" and 'single' ones");
        info.put("punctuation", "a=b, {c} [d] back\\slash");
        info.put("empty", "");
        info.put("looksBoolean", "T");
        info.put("looksNumber", "42");
        info.put("looksReal", "1.5e3");
        info.put("looksJson", "_JSON [1]");
        info.put("doubles", new double[] {1.0, -2.5, 1e-300});
        info.put("oneDouble", new double[] {3.0});
        info.put("longs", new long[] {1, -2, Long.MAX_VALUE});
        info.put("oneLong", new long[] {5});
        info.put("booleans", new boolean[] {true, false, true});
        info.put("oneBoolean", new boolean[] {false});
        info.put("strings", new String[] {"a", "b c", "\"d\""});
        info.put("noDoubles", new double[0]);
        info.put("key with space", 1L);
        Structure back = roundTrip(withInfo(info));
        assertTrue(InfoValues.mapsEqual(info, back.info()), () -> "read back " + back.info());
        assertEquals(List.copyOf(info.keySet()), List.copyOf(back.info().keySet()));
    }

    @Test
    void perAtomArraysOfEveryKindRoundTrip() {
        Map<String, AtomArray> arrays = new LinkedHashMap<>();
        arrays.put("forces", AtomArray.ofReal("forces", 3, new double[] {0.1, -0.2, 1e-20, 3, 4, Double.NaN}));
        arrays.put("tags", AtomArray.ofInteger("tags", 1, new long[] {-1, Long.MIN_VALUE}));
        arrays.put("fixed", AtomArray.ofLogical("fixed", 2, new boolean[] {true, false, false, true}));
        arrays.put("label", AtomArray.ofString("label", 1, new String[] {"O1", "H\"2"}));
        Structure s = new Structure(new int[] {8, 1}, new double[] {0, 0, 0, 0.96, 0, 0}, null, null, null, arrays);
        assertEquals(s, roundTrip(s));
    }

    static Stream<Arguments> sampleFiles() throws IOException {
        return SampleDatasetsTest.datasetFiles().filter(a -> a.get()[0].toString().startsWith("sample-data/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void sampleDatasetsRoundTripThroughAFile(String name, Path file, @TempDir Path dir) {
        Dataset original = StructureFiles.read(file);
        Path copy = dir.resolve("copy.extxyz");
        StructureFiles.write(original, copy);
        assertEquals(original.structures(), StructureFiles.read(copy).structures());
    }

    @Test
    void refusesAReservedInfoKeyWithoutWritingAnything(@TempDir Path dir) {
        Path file = dir.resolve("out.extxyz");
        Dataset d = new Dataset("x", List.of(withInfo(Map.of("pbc", "yes"))));
        StructureWriteException e = assertThrows(StructureWriteException.class, () -> StructureFiles.write(d, file));
        assertTrue(e.getMessage().contains("info key \"pbc\""), e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void refusesPerAtomStringsWithSpaces() {
        Structure s = new Structure(new int[] {1}, new double[3], null, null, null,
                Map.of("label", AtomArray.ofString("label", 1, new String[] {"a b"})));
        assertThrows(StructureWriteException.class, () -> text(s));
    }

    @Test
    void refusesFormatsWithoutAWriter(@TempDir Path dir) {
        Dataset d = new Dataset("x", List.of(withInfo(Map.of())));
        StructureWriteException e = assertThrows(StructureWriteException.class, () -> StructureFiles.write(d, dir.resolve("x.cif")));
        assertTrue(e.getMessage().contains("can only write extended XYZ"), e.getMessage());
    }

    @Test
    void overwritesAnExistingFileWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.xyz");
        Files.writeString(file, "old content that is longer than the new one ".repeat(20));
        StructureFiles.write(new Dataset("x", List.of(withInfo(Map.of("a", 1L)))), file);
        assertEquals(1L, StructureFiles.read(file).get(0).info().get("a"));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count());
        }
    }
}
