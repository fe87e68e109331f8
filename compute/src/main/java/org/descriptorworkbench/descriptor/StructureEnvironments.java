package org.descriptorworkbench.descriptor;

import org.descriptorworkbench.neighbors.NeighborList;
import org.descriptorworkbench.structure.Structure;

/**
 * The environments of every atom of one structure within a radius, read from its
 * {@link NeighborList}: every other atom and every periodic image (an atom's own images
 * included) within the radius, per DScribe's convention (CONVENTIONS.md §1.1). Immutable once
 * built; {@link #fill} may be called from several threads with different buffers.
 */
public final class StructureEnvironments implements EnvironmentSource {
    private final Structure structure;
    private final int structureIndex;
    private final NeighborList neighbours;

    private StructureEnvironments(Structure structure, int structureIndex, NeighborList neighbours) {
        this.structure = structure;
        this.structureIndex = structureIndex;
        this.neighbours = neighbours;
    }

    /** The environments of the atoms of {@code structure} (index {@code structureIndex} in its dataset) within {@code radius} Å. */
    public static StructureEnvironments of(Structure structure, int structureIndex, double radius) {
        return new StructureEnvironments(structure, structureIndex, NeighborList.build(structure, radius));
    }

    @Override
    public int centreCount() {
        return structure.atomCount();
    }

    @Override
    public Environment fill(int centre, Environment buffer) {
        buffer.reset(structureIndex, centre, structure.atomicNumber(centre));
        for (int k = 0; k < neighbours.count(centre); k++) {
            int atom = neighbours.atom(centre, k);
            buffer.add(atom, structure.atomicNumber(atom),
                    neighbours.shift(centre, k, 0), neighbours.shift(centre, k, 1), neighbours.shift(centre, k, 2),
                    neighbours.vector(centre, k, 0), neighbours.vector(centre, k, 1), neighbours.vector(centre, k, 2));
        }
        return buffer;
    }
}
