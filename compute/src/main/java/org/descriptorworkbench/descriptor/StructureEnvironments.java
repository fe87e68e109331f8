package org.descriptorworkbench.descriptor;

import java.util.stream.IntStream;

import org.descriptorworkbench.neighbors.NeighborList;
import org.descriptorworkbench.structure.Structure;

/**
 * The environments of every atom of one structure within a radius, read from its
 * {@link NeighborList}s: every other atom and every periodic image (an atom's own images
 * included) within the radius, per DScribe's convention (CONVENTIONS.md §1.1). The centres may be
 * split into consecutive blocks with one neighbour list each, so that the lists of one large
 * structure can be built on several threads. Immutable once built; {@link #fill} may be called
 * from several threads with different buffers.
 */
public final class StructureEnvironments implements EnvironmentSource {
    private final Structure structure;
    private final int structureIndex;
    private final int block;
    private final NeighborList[] parts;

    private StructureEnvironments(Structure structure, int structureIndex, int block, NeighborList[] parts) {
        this.structure = structure;
        this.structureIndex = structureIndex;
        this.block = block;
        this.parts = parts;
    }

    /** The environments of the atoms of {@code structure} (index {@code structureIndex} in its dataset) within {@code radius} Å. */
    public static StructureEnvironments of(Structure structure, int structureIndex, double radius) {
        int atoms = structure.atomCount();
        return new StructureEnvironments(structure, structureIndex, Math.max(1, atoms),
                new NeighborList[] {NeighborList.build(structure, radius)});
    }

    /** Number of blocks of {@code block} consecutive centres that {@link #part} builds for a structure. */
    static int blockCount(Structure structure, int block) {
        return Math.max(1, (structure.atomCount() + block - 1) / block);
    }

    /** The neighbour list of centres [part·block, (part + 1)·block) of a structure. */
    static NeighborList part(Structure structure, double radius, int block, int part) {
        int from = part * block;
        int to = Math.min(structure.atomCount(), from + block);
        return NeighborList.build(structure, radius, IntStream.range(from, to).toArray());
    }

    /** Assembles environments from the lists {@link #part} built for every block. */
    static StructureEnvironments ofParts(Structure structure, int structureIndex, int block, NeighborList[] parts) {
        return new StructureEnvironments(structure, structureIndex, block, parts.clone());
    }

    @Override
    public Structure structure() {
        return structure;
    }

    @Override
    public int centreCount() {
        return structure.atomCount();
    }

    @Override
    public Environment fill(int centre, Environment buffer) {
        buffer.reset(structureIndex, centre, structure.atomicNumber(centre));
        NeighborList neighbours = parts[centre / block];
        int c = centre % block;
        for (int k = 0; k < neighbours.count(c); k++) {
            int atom = neighbours.atom(c, k);
            buffer.add(atom, structure.atomicNumber(atom),
                    neighbours.shift(c, k, 0), neighbours.shift(c, k, 1), neighbours.shift(c, k, 2),
                    neighbours.vector(c, k, 0), neighbours.vector(c, k, 1), neighbours.vector(c, k, 2));
        }
        return buffer;
    }
}
