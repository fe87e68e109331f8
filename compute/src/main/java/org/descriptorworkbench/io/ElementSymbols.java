package org.descriptorworkbench.io;

import java.util.Optional;
import org.descriptorworkbench.structure.Element;

/**
 * Turns the element names found in structure files into atomic numbers: symbols in any case ("Si",
 * "SI", as ASE capitalises them), atomic numbers ("14"), and the decorated names of VASP and CIF files
 * ("Fe_pv", "O_s" POTCAR names; "O2-", "Fe1", "Si3+" CIF labels and type symbols).
 */
final class ElementSymbols {
    private ElementSymbols() {
    }

    /** Atomic number of a plain symbol in any case or of a number 1..118; 0 if it is neither. */
    static int atomicNumber(String token) {
        Long z = Numbers.parseInteger(token);
        if (z != null) {
            return z >= 1 && z <= Element.MAX_ATOMIC_NUMBER ? z.intValue() : 0;
        }
        return Element.bySymbolIgnoreCase(token).map(Element::atomicNumber).orElse(0);
    }

    /** Atomic number of a POTCAR-style name: the part before any '_' or '/' ("Fe_pv", "Si/4a3b"); 0 if none. */
    static int fromPotcarName(String token) {
        int cut = token.length();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '_' || c == '/' || c == ':' || c == '.') {
                cut = i;
                break;
            }
        }
        String symbol = token.substring(0, cut);
        return isLetters(symbol) ? atomicNumber(symbol) : 0;
    }

    /**
     * Atomic number of a CIF label or type symbol: its leading letters read as a two-letter symbol if
     * that is an element ("Fe1" → Fe, "CL2" → Cl), otherwise as a one-letter symbol ("O2-" → O,
     * "C12" → C, "OH" → O); 0 if neither is an element.
     */
    static int fromCifLabel(String label) {
        int letters = 0;
        while (letters < label.length() && letters < 2 && isAsciiLetter(label.charAt(letters))) {
            letters++;
        }
        if (letters == 2) {
            Optional<Element> two = Element.bySymbolIgnoreCase(label.substring(0, 2));
            if (two.isPresent()) {
                return two.get().atomicNumber();
            }
        }
        return letters >= 1 ? Element.bySymbolIgnoreCase(label.substring(0, 1)).map(Element::atomicNumber).orElse(0) : 0;
    }

    private static boolean isLetters(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isAsciiLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
