package org.descriptorworkbench.viewer3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CameraFramingTest {
    private static final double[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    @Test
    void placesAPointOnTheEdgeOfTheFieldOfView() {
        // A point 1 Å off-axis at the centre's depth touches the frustum at d = 1 / tan(15°).
        double d = CameraFraming.fitDistance(new double[] {1, 0, 0, 0}, IDENTITY, 30, 1.0, 0.01);
        assertEquals(1 / Math.tan(Math.toRadians(15)), d, 1e-12);
    }

    @Test
    void keepsASphereTangentToTheFrustumSide() {
        double d = CameraFraming.fitDistance(new double[] {0, 0, 0, 1}, IDENTITY, 30, 1.0, 0.01);
        // Distance from the centre to the side plane is d·sin(15°), which must equal the radius.
        assertEquals(1.0, d * Math.sin(Math.toRadians(15)), 1e-12);
    }

    @Test
    void needsMoreDistanceForPointsNearerTheCamera() {
        double far = CameraFraming.fitDistance(new double[] {1, 0, 2, 0}, IDENTITY, 30, 1.0, 0.01);
        double near = CameraFraming.fitDistance(new double[] {1, 0, -2, 0}, IDENTITY, 30, 1.0, 0.01);
        assertEquals(4, near - far, 1e-12);
    }

    @Test
    void rotatesPointsIntoTheCameraFrameFirst() {
        double[] quarterTurnAboutZ = {0, -1, 0, 1, 0, 0, 0, 0, 1};
        double alongX = CameraFraming.fitDistance(new double[] {0, 3, 0, 0}, IDENTITY, 30, 1.0, 0.01);
        double turned = CameraFraming.fitDistance(new double[] {3, 0, 0, 0}, quarterTurnAboutZ, 30, 1.0, 0.01);
        assertEquals(alongX, turned, 1e-12);
    }

    @Test
    void leavesRoomForTheMargin() {
        double tight = CameraFraming.fitDistance(new double[] {1, 0, 0, 0}, IDENTITY, 30, 1.0, 0.01);
        double loose = CameraFraming.fitDistance(new double[] {1, 0, 0, 0}, IDENTITY, 30, 1.1, 0.01);
        assertTrue(loose > tight);
    }
}
