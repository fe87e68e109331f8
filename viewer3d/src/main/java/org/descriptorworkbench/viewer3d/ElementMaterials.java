package org.descriptorworkbench.viewer3d;

import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import org.descriptorworkbench.structure.Element;

/**
 * One shared Phong material per element: Jmol diffuse colour with a soft white specular highlight,
 * so atoms read as spheres. Shared because a material is state on the graphics card and every
 * atom of an element looks the same. Use on the JavaFX application thread.
 */
public final class ElementMaterials {
    private static final Color SPECULAR = Color.gray(0.55);
    private static final double SPECULAR_POWER = 28;

    private static final PhongMaterial[] BY_Z = new PhongMaterial[Element.MAX_ATOMIC_NUMBER + 1];

    private ElementMaterials() {
    }

    /** The Jmol colour of element z as a JavaFX colour. */
    public static Color color(int z) {
        int rgb = Element.of(z).rgb();
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /** The shared material for element z. */
    public static PhongMaterial of(int z) {
        Element.of(z); // validates z
        if (BY_Z[z] == null) {
            PhongMaterial m = new PhongMaterial(color(z));
            m.setSpecularColor(SPECULAR);
            m.setSpecularPower(SPECULAR_POWER);
            BY_Z[z] = m;
        }
        return BY_Z[z];
    }
}
