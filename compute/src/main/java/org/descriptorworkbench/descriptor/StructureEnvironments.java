package org.descriptorworkbench.descriptor;

import org.descriptorworkbench.structure.Structure;

/**
 * The environments of every atom of one structure within a radius: all other atoms of a finite
 * cluster (brute force), or for periodic structures every atom and periodic image found by the
 * neighbour list. Immutable once built; {@link #fill} may be called from several threads with
 * different buffers.
 */
public final class StructureEnvironments implements EnvironmentSource {
    private final Structure structure;
    private final int structureIndex;
    private final double radius;
    private final double[] positions;

    private StructureEnvironments(Structure structure, int structureIndex, double radius) {
        this.structure = structure;
        this.structureIndex = structureIndex;
        this.radius = radius;
        this.positions = structure.positions();
    }

    /** The environments of the atoms of {@code structure} (index {@code structureIndex} in its dataset) within {@code radius} Å. */
    public static StructureEnvironments of(Structure structure, int structureIndex, double radius) {
        if (structure.isPeriodic()) {
            throw new UnsupportedOperationException("periodic structures need the neighbour list");
        }
        return new StructureEnvironments(structure, structureIndex, radius);
    }

    @Override
    public int centreCount() {
        return structure.atomCount();
    }

    @Override
    public Environment fill(int centre, Environment buffer) {
        buffer.reset(structureIndex, centre, structure.atomicNumber(centre));
        double cx = positions[3 * centre];
        double cy = positions[3 * centre + 1];
        double cz = positions[3 * centre + 2];
        double r2 = radius * radius;
        for (int j = 0; j < structure.atomCount(); j++) {
            if (j == centre) {
                continue;
            }
            double dx = positions[3 * j] - cx;
            double dy = positions[3 * j + 1] - cy;
            double dz = positions[3 * j + 2] - cz;
            if (dx * dx + dy * dy + dz * dz <= r2) {
                buffer.add(j, structure.atomicNumber(j), 0, 0, 0, dx, dy, dz);
            }
        }
        return buffer;
    }
}
