package org.descriptorworkbench.viewer3d;

/**
 * The camera distance at which a set of spheres (atoms; cell corners with radius 0) just fits in a
 * symmetric perspective view. A point at camera-frame (x, y, z), seen from a camera at distance d
 * on the −z side, lies at depth z + d; a sphere of radius r stays inside the frustum side plane
 * |x| = t·depth (t = tan of half the field of view) when its centre is at least r from that plane,
 * i.e. when d ≥ (|x| + r·√(1+t²))/t − z. Fitting these points, rather than their bounding sphere,
 * fills the view without cutting anything off.
 */
public final class CameraFraming {
    private CameraFraming() {
    }

    /**
     * @param spheres     x, y, z, r per sphere, relative to the rotation centre, in the structure's frame
     * @param rotation    row-major 3×3 rotation from the structure's frame to the camera's frame
     * @param fieldOfView full field of view in degrees across the smaller side of the view
     * @param margin      ≥ 1; 1.1 leaves 10% of free space at the tightest side
     * @param nearClip    the camera's near clipping distance, which every sphere must stay beyond
     * @return the smallest camera distance at which every sphere is in view
     */
    public static double fitDistance(double[] spheres, double[] rotation, double fieldOfView, double margin, double nearClip) {
        double t = Math.tan(Math.toRadians(fieldOfView / 2)) / margin;
        double slant = Math.sqrt(1 + t * t);
        double d = nearClip;
        for (int i = 0; i < spheres.length; i += 4) {
            double px = spheres[i];
            double py = spheres[i + 1];
            double pz = spheres[i + 2];
            double r = spheres[i + 3];
            double x = rotation[0] * px + rotation[1] * py + rotation[2] * pz;
            double y = rotation[3] * px + rotation[4] * py + rotation[5] * pz;
            double z = rotation[6] * px + rotation[7] * py + rotation[8] * pz;
            double sideways = Math.max(Math.abs(x), Math.abs(y));
            d = Math.max(d, (sideways + r * slant) / t - z);
            d = Math.max(d, nearClip + r - z);
        }
        return d;
    }
}
