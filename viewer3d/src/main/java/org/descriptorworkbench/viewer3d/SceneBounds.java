package org.descriptorworkbench.viewer3d;

import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Structure;

/**
 * The sphere that encloses everything drawn for a structure (atom spheres and cell corners): its
 * centre is the pivot for rotation and its radius sets the camera distance that frames the view.
 *
 * @param x      centre x (Å)
 * @param y      centre y (Å)
 * @param z      centre z (Å)
 * @param radius radius (Å), at least {@link #MIN_RADIUS}
 */
public record SceneBounds(double x, double y, double z, double radius) {

    /** Keeps a single small atom from filling the screen and keeps clip planes apart. */
    public static final double MIN_RADIUS = 1.0;

    /** A unit-sized view about the origin, for an empty view. */
    public static final SceneBounds EMPTY = new SceneBounds(0, 0, 0, MIN_RADIUS);

    /**
     * The bounds of a structure drawn with the given style: centred on the middle of the axis-aligned
     * box around atoms and cell corners, with the radius reaching the farthest atom surface or corner.
     */
    public static SceneBounds of(Structure structure, AtomStyle style) {
        int n = structure.atomCount();
        double[] corners = structure.hasCell() ? cellCorners(structure.cell()) : new double[0];
        if (n == 0 && corners.length == 0) {
            return EMPTY;
        }
        double[] min = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] max = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                min[a] = Math.min(min[a], structure.position(i, a));
                max[a] = Math.max(max[a], structure.position(i, a));
            }
        }
        for (int c = 0; c < corners.length; c += 3) {
            for (int a = 0; a < 3; a++) {
                min[a] = Math.min(min[a], corners[c + a]);
                max[a] = Math.max(max[a], corners[c + a]);
            }
        }
        double cx = (min[0] + max[0]) / 2;
        double cy = (min[1] + max[1]) / 2;
        double cz = (min[2] + max[2]) / 2;
        double r = 0;
        int[] numbers = structure.atomicNumbers();
        for (int i = 0; i < n; i++) {
            r = Math.max(r, distance(structure.position(i, 0) - cx, structure.position(i, 1) - cy, structure.position(i, 2) - cz)
                    + style.radius(numbers[i]));
        }
        for (int c = 0; c < corners.length; c += 3) {
            r = Math.max(r, distance(corners[c] - cx, corners[c + 1] - cy, corners[c + 2] - cz));
        }
        return new SceneBounds(cx, cy, cz, Math.max(MIN_RADIUS, r));
    }

    /** The eight corners of a cell with one corner at the origin (as ASE places it), x,y,z each. */
    static double[] cellCorners(Cell cell) {
        double[] out = new double[24];
        for (int k = 0; k < 8; k++) {
            double[] p = cell.toCartesian(new double[] {k & 1, (k >> 1) & 1, (k >> 2) & 1});
            System.arraycopy(p, 0, out, 3 * k, 3);
        }
        return out;
    }

    private static double distance(double dx, double dy, double dz) {
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
