package org.descriptorworkbench.gui.dataset;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.descriptorworkbench.structure.Element;
import org.descriptorworkbench.structure.Structure;

/**
 * Which structures the table shows: a config type (null or empty for any), species every shown
 * structure must contain (element symbols separated by spaces or commas, e.g. "Ni Cu"), and a text
 * that the formula, config type or index must contain (case-insensitive).
 */
public record StructureFilter(String configType, String species, String text) {
    /** Shows everything. */
    public static final StructureFilter NONE = new StructureFilter(null, "", "");

    /** True if the structure of {@code row} passes every part of the filter. */
    public boolean matches(StructureRow row, Structure structure) {
        if (configType != null && !configType.isEmpty() && !configType.equals(row.configType())) {
            return false;
        }
        Set<String> present = Arrays.stream(structure.species()).mapToObj(z -> Element.of(z).symbol()).collect(Collectors.toSet());
        for (String symbol : species == null ? new String[0] : species.trim().split("[\\s,]+")) {
            if (!symbol.isEmpty() && present.stream().noneMatch(p -> p.equalsIgnoreCase(symbol))) {
                return false;
            }
        }
        if (text != null && !text.isBlank()) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            return row.formula().toLowerCase(Locale.ROOT).contains(t) || row.configType().toLowerCase(Locale.ROOT).contains(t)
                    || String.valueOf(row.index()).equals(t);
        }
        return true;
    }
}
