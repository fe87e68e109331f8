package org.descriptorworkbench.viewer3d;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;
import org.descriptorworkbench.structure.Structure;

/**
 * Builds the atoms of a structure as one merged triangle mesh per element (all Si atoms in one
 * mesh, all O atoms in another, ...) with that element's shared material. One mesh per element
 * instead of one node per atom keeps the scene graph, the draw calls and the picking work small, so
 * structures with thousands of atoms rotate smoothly. Normals are the exact sphere normals, shared by
 * all atoms of a mesh, so even coarse spheres shade smoothly.
 */
public final class AtomMeshes {
    private AtomMeshes() {
    }

    /**
     * One mesh view per element present, with coordinates relative to the centre of {@code bounds}
     * so that the view rotates about the structure's centre.
     */
    public static List<MeshView> build(Structure structure, AtomStyle style, SceneBounds bounds) {
        UnitSphere sphere = UnitSphere.ofLevel(style.sphereLevel(structure.atomCount()));
        int[] numbers = structure.atomicNumbers();
        List<MeshView> views = new ArrayList<>();
        for (Map.Entry<Integer, Integer> species : structure.speciesCounts().entrySet()) {
            int z = species.getKey();
            TriangleMesh mesh = elementMesh(structure, numbers, z, species.getValue(), style.radius(z), sphere, bounds);
            MeshView view = new MeshView(mesh);
            view.setMaterial(ElementMaterials.of(z));
            view.setCullFace(CullFace.BACK);
            view.setId("atoms-" + z);
            views.add(view);
        }
        return views;
    }

    private static TriangleMesh elementMesh(Structure structure, int[] numbers, int z, int count, double radius,
                                            UnitSphere sphere, SceneBounds bounds) {
        int vertices = sphere.vertexCount();
        int triangles = sphere.triangleCount();
        float[] points = new float[count * vertices * 3];
        int[] faces = new int[count * triangles * 9];
        int atom = 0;
        for (int i = 0; i < numbers.length; i++) {
            if (numbers[i] != z) {
                continue;
            }
            double cx = structure.position(i, 0) - bounds.x();
            double cy = structure.position(i, 1) - bounds.y();
            double cz = structure.position(i, 2) - bounds.z();
            int p = atom * vertices * 3;
            for (int v = 0; v < vertices; v++) {
                points[p++] = (float) (cx + radius * sphere.coordinate(v, 0));
                points[p++] = (float) (cy + radius * sphere.coordinate(v, 1));
                points[p++] = (float) (cz + radius * sphere.coordinate(v, 2));
            }
            int f = atom * triangles * 9;
            int offset = atom * vertices;
            for (int t = 0; t < triangles; t++) {
                for (int c = 0; c < 3; c++) {
                    int v = sphere.corner(t, c);
                    faces[f++] = offset + v; // point
                    faces[f++] = v;          // normal: the template's, shared by all atoms
                    faces[f++] = 0;          // texture coordinate: unused, one shared entry
                }
            }
            atom++;
        }
        TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
        mesh.getPoints().setAll(points);
        mesh.getNormals().setAll(sphere.points());
        mesh.getTexCoords().setAll(0, 0);
        mesh.getFaces().setAll(faces);
        return mesh;
    }
}
