package org.descriptorworkbench.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The structure file formats the workbench reads (and, where a writer exists, writes), chosen by file name. */
public enum StructureFormat {
    /** Extended XYZ as ASE writes it; plain XYZ is the case of a free-text comment line. */
    EXTENDED_XYZ("extended XYZ", "*.extxyz, *.xyz") {
        @Override
        boolean matches(String lowerCaseName) {
            return lowerCaseName.endsWith(".extxyz") || lowerCaseName.endsWith(".xyz");
        }

        @Override
        public StructureReader reader() {
            return new ExtendedXyzReader();
        }

        @Override
        public boolean canWrite() {
            return true;
        }
    },
    /** Crystallographic Information File; symmetry operations are applied to give all atoms of the cell. */
    CIF("CIF", "*.cif") {
        @Override
        boolean matches(String lowerCaseName) {
            return lowerCaseName.endsWith(".cif");
        }

        @Override
        public StructureReader reader() {
            return new CifReader();
        }
    },
    /** VASP POSCAR / CONTCAR (VASP 5 with a species line). */
    VASP("VASP POSCAR", "POSCAR*, CONTCAR*, *.vasp, *.poscar") {
        @Override
        boolean matches(String lowerCaseName) {
            return lowerCaseName.startsWith("poscar") || lowerCaseName.startsWith("contcar")
                    || lowerCaseName.endsWith(".vasp") || lowerCaseName.endsWith(".poscar");
        }

        @Override
        public StructureReader reader() {
            return new PoscarReader();
        }
    };

    private final String title;
    private final String patterns;

    StructureFormat(String title, String patterns) {
        this.title = title;
        this.patterns = patterns;
    }

    /** A human-readable name, e.g. "extended XYZ". */
    public String title() {
        return title;
    }

    /** The file names recognised, e.g. "*.extxyz, *.xyz". */
    public String patterns() {
        return patterns;
    }

    /** A new reader for this format. */
    public abstract StructureReader reader();

    /** True if {@link StructureFiles#write} can write this format. */
    public boolean canWrite() {
        return false;
    }

    abstract boolean matches(String lowerCaseName);

    /**
     * The format a file name says, if any: the first in the order listed whose names match (so
     * "POSCAR.cif" is a CIF). Only the name is looked at, not the content.
     */
    public static Optional<StructureFormat> forFile(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (StructureFormat format : values()) {
            if (format.matches(lower)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** All recognised names in one line, for messages: "extended XYZ (*.extxyz, *.xyz); ...". */
    public static String describeAll() {
        StringBuilder sb = new StringBuilder();
        for (StructureFormat format : values()) {
            sb.append(sb.length() == 0 ? "" : "; ").append(format.title).append(" (").append(format.patterns).append(')');
        }
        return sb.toString();
    }
}
