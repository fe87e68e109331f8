package org.descriptorworkbench.descriptor.acsf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.Environment;
import org.descriptorworkbench.descriptor.JacobianKind;
import org.descriptorworkbench.descriptor.SpecValue;
import org.descriptorworkbench.structure.Element;

/**
 * An ACSF descriptor: the species-resolved {@link SymmetryFunctions} of each environment (DScribe
 * 2.1 layout and numbers, CONVENTIONS.md §2), optionally contracted by an {@link AcsfCompression}
 * (seed 000 §I, DESCRIPTORS.md), with analytical Jacobians for every G and every compression.
 */
final class AcsfDescriptor implements Descriptor {
    private final AcsfSettings settings;
    private final SymmetryFunctions functions;
    private final AcsfCompression compression;
    private final List<String> labels;

    AcsfDescriptor(AcsfSettings settings) {
        this.settings = settings;
        this.functions = new SymmetryFunctions(settings);
        this.compression = settings.compression().equals("off") ? null
                : AcsfCompression.of(settings.compression(), functions, settings.weights());
        this.labels = List.copyOf(labels());
    }

    @Override
    public DescriptorSpec spec() {
        return settings.spec();
    }

    @Override
    public int[] species() {
        return settings.species().clone();
    }

    @Override
    public int featureCount() {
        return compression == null ? functions.size() : compression.size();
    }

    @Override
    public List<String> featureLabels() {
        return labels;
    }

    @Override
    public double neighbourRadius() {
        return settings.rCut();
    }

    private static final class AcsfWorkspace implements Workspace {
        final SymmetryFunctions.Scratch scratch = new SymmetryFunctions.Scratch();
        final double[] resolved;
        double[] resolvedJacobian = new double[0];

        AcsfWorkspace(int size) {
            resolved = new double[size];
        }
    }

    @Override
    public Workspace newWorkspace() {
        return new AcsfWorkspace(functions.size());
    }

    @Override
    public void compute(Environment environment, Workspace workspace, double[] row, int offset) {
        AcsfWorkspace ws = (AcsfWorkspace) workspace;
        functions.compute(environment, ws.scratch, ws.resolved, null);
        if (compression == null) {
            System.arraycopy(ws.resolved, 0, row, offset, functions.size());
        } else {
            compression.apply(ws.resolved, 0, row, offset);
        }
    }

    @Override
    public JacobianKind jacobianKind() {
        return JacobianKind.ANALYTICAL;
    }

    @Override
    public void computeWithJacobian(Environment environment, Workspace workspace, double[] row, double[] jacobian) {
        AcsfWorkspace ws = (AcsfWorkspace) workspace;
        int size = functions.size();
        int rows = 3 * (environment.count() + 1);
        if (compression == null) {
            Arrays.fill(jacobian, 0, rows * size, 0);
            functions.compute(environment, ws.scratch, row, jacobian);
            return;
        }
        if (ws.resolvedJacobian.length < rows * size) {
            ws.resolvedJacobian = new double[rows * size];
        }
        Arrays.fill(ws.resolvedJacobian, 0, rows * size, 0);
        functions.compute(environment, ws.scratch, ws.resolved, ws.resolvedJacobian);
        compression.apply(ws.resolved, 0, row, 0);
        int features = compression.size();
        for (int d = 0; d < rows; d++) {
            compression.apply(ws.resolvedJacobian, d * size, jacobian, d * features);
        }
    }

    private List<String> labels() {
        String[] symbols = Arrays.stream(settings.species()).mapToObj(z -> Element.of(z).symbol()).toArray(String[]::new);
        List<String> radial = new ArrayList<>();
        radial.add("G1");
        for (double[] p : settings.g2()) {
            radial.add("G2(eta=" + num(p[0]) + ", R_s=" + num(p[1]) + ")");
        }
        for (double kappa : settings.g3()) {
            radial.add("G3(kappa=" + num(kappa) + ")");
        }
        List<String> angular = new ArrayList<>();
        for (double[] p : settings.g4()) {
            angular.add("G4(eta=" + num(p[0]) + ", zeta=" + num(p[1]) + ", lambda=" + num(p[2]) + ")");
        }
        for (double[] p : settings.g5()) {
            angular.add("G5(eta=" + num(p[0]) + ", zeta=" + num(p[1]) + ", lambda=" + num(p[2]) + ")");
        }
        List<String> out = new ArrayList<>();
        switch (settings.compression()) {
            case "off" -> {
                for (String s : symbols) {
                    radial.forEach(r -> out.add(r + "[" + s + "]"));
                }
                for (int a = 0; a < symbols.length; a++) {
                    for (int b = 0; b <= a; b++) {
                        String pair = "[" + symbols[b] + "-" + symbols[a] + "]";
                        angular.forEach(g -> out.add(g + pair));
                    }
                }
            }
            case "mu1nu1" -> {
                for (String s : symbols) {
                    radial.forEach(r -> out.add(r + "[" + s + "]"));
                }
                for (String s : symbols) {
                    angular.forEach(g -> out.add(g + "[" + s + "-*]"));
                }
            }
            case "mu2" -> {
                radial.forEach(r -> out.add(r + "[*]"));
                angular.forEach(g -> out.add(g + "[*-*]"));
            }
            default -> {
                radial.forEach(r -> out.add(r + "[w]"));
                angular.forEach(g -> out.add(g + "[w-w]"));
            }
        }
        return out;
    }

    private static String num(double v) {
        return new SpecValue.Num(v).text();
    }
}
