package org.descriptorworkbench.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One chemical element of the periodic table (Z = 1..118) with the data the workbench shows and
 * draws: symbol, name, standard atomic mass, covalent radius (Cordero et al., Dalton Trans. 2008)
 * and Jmol colour. The table is read once from {@code elements.csv} beside this class.
 */
public record Element(int atomicNumber, String symbol, String name, double mass,
                      double covalentRadius, boolean covalentRadiusMeasured, int rgb) {

    /** Drawing radius for elements without a measured covalent radius (Z ≥ 97). */
    public static final double DEFAULT_COVALENT_RADIUS = 1.5;

    public static final int MAX_ATOMIC_NUMBER = 118;

    private static final Element[] BY_Z = new Element[MAX_ATOMIC_NUMBER + 1];
    private static final Map<String, Element> BY_SYMBOL = new HashMap<>();

    static {
        load();
    }

    /** The element with atomic number z; throws IllegalArgumentException outside 1..118. */
    public static Element of(int z) {
        if (z < 1 || z > MAX_ATOMIC_NUMBER) {
            throw new IllegalArgumentException("atomic number " + z + " is outside 1.." + MAX_ATOMIC_NUMBER);
        }
        return BY_Z[z];
    }

    /** The element whose symbol is exactly {@code symbol} (case as in the periodic table, e.g. "Si"). */
    public static Optional<Element> bySymbol(String symbol) {
        return Optional.ofNullable(BY_SYMBOL.get(symbol));
    }

    /** Like {@link #bySymbol} but accepts any capitalisation ("SI", "si"), as several file formats do. */
    public static Optional<Element> bySymbolIgnoreCase(String symbol) {
        if (symbol.isEmpty() || symbol.length() > 2) {
            return Optional.empty();
        }
        String canonical = symbol.substring(0, 1).toUpperCase(Locale.ROOT) + symbol.substring(1).toLowerCase(Locale.ROOT);
        return bySymbol(canonical);
    }

    /** True if z is a valid atomic number. */
    public static boolean isValid(int z) {
        return z >= 1 && z <= MAX_ATOMIC_NUMBER;
    }

    /** Period (row) of the periodic table, 1..7. */
    public int period() {
        int[] lastOfPeriod = {2, 10, 18, 36, 54, 86, 118};
        for (int p = 0; p < lastOfPeriod.length; p++) {
            if (atomicNumber <= lastOfPeriod[p]) {
                return p + 1;
            }
        }
        throw new IllegalStateException();
    }

    /**
     * IUPAC group 1..18; 0 for the f-block elements Ce–Lu and Th–Lr, which have no group
     * (La and Ac are counted in group 3).
     */
    public int group() {
        int z = atomicNumber;
        if (z == 1) {
            return 1;
        }
        if (z == 2) {
            return 18;
        }
        int period = period();
        int first = switch (period) {
            case 2 -> 3;
            case 3 -> 11;
            case 4 -> 19;
            case 5 -> 37;
            case 6 -> 55;
            default -> 87;
        };
        int offset = z - first;
        if (period <= 3) {
            return offset < 2 ? offset + 1 : offset + 11;
        }
        if (period <= 5) {
            return offset + 1;
        }
        if (offset < 3) {
            return offset + 1;
        }
        if (offset < 17) {
            return 0;
        }
        return offset - 13;
    }

    /** The Jmol colour as a CSS hex string, e.g. "#F0C8A0" for Si. */
    public String hexColor() {
        return String.format(Locale.ROOT, "#%06X", rgb);
    }

    private static void load() {
        try (InputStream in = Element.class.getResourceAsStream("elements.csv")) {
            if (in == null) {
                throw new IllegalStateException("elements.csv missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                int z = Integer.parseInt(f[0]);
                boolean measured = !f[4].isEmpty();
                double radius = measured ? Double.parseDouble(f[4]) : DEFAULT_COVALENT_RADIUS;
                Element e = new Element(z, f[1], f[2], Double.parseDouble(f[3]), radius, measured, Integer.parseInt(f[5], 16));
                BY_Z[z] = e;
                BY_SYMBOL.put(e.symbol, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int z = 1; z <= MAX_ATOMIC_NUMBER; z++) {
            if (BY_Z[z] == null) {
                throw new IllegalStateException("elements.csv has no row for Z = " + z);
            }
        }
    }
}
