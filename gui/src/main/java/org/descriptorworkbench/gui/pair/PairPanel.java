package org.descriptorworkbench.gui.pair;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.descriptor.SpecValue;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.descriptors.DescriptorSetModel;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.viewer3d.AtomicEnvironment;
import org.descriptorworkbench.viewer3d.PairView;

/**
 * The pair panel (seed 000 Fig. S2): the selected pair of environments side by side in 3D with
 * synchronised rotation, and a table of their Euclidean distance under every descriptor of the set
 * (features from the cache, computed as tasks when missing). Follows {@link WorkbenchModel#pairProperty()}.
 */
public final class PairPanel extends BorderPane {
    /** The cutoff drawn when the reference descriptor has no r_cut. */
    public static final double DEFAULT_CUTOFF = 5;

    /** One line of the distance table. */
    public record DistanceRow(String descriptor, String distance) {
    }

    private final WorkbenchModel model;
    private final PairView pairView = new PairView();
    private final Label caption = new Label("Click a pair in the distance–distance plot or the list of disagreeing pairs.");
    private final ObservableList<DistanceRow> rows = FXCollections.observableArrayList();
    private final TableView<DistanceRow> table = new TableView<>(rows);
    private long generation;

    public PairPanel(WorkbenchModel model) {
        this.model = model;
        setId("pair-panel");
        caption.setWrapText(true);
        caption.setPadding(new Insets(4));
        pairView.setId("pair-view");
        VBox.setVgrow(pairView, Priority.ALWAYS);
        table.setId("pair-distances");
        table.setPrefHeight(150);
        table.setPlaceholder(new Label("No pair selected"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<DistanceRow, String> name = new TableColumn<>("Descriptor");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().descriptor()));
        name.setPrefWidth(260);
        TableColumn<DistanceRow, String> distance = new TableColumn<>("Distance");
        distance.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().distance()));
        table.getColumns().add(name);
        table.getColumns().add(distance);
        setTop(caption);
        setCenter(pairView);
        setBottom(table);
        model.pairProperty().addListener((obs, o, pair) -> show(pair));
        model.environmentProperty().addListener((obs, o, env) -> {
            if (env != null) {
                showSingle(env);
            }
        });
    }

    public PairView pairView() {
        return pairView;
    }

    public TableView<DistanceRow> distanceTable() {
        return table;
    }

    private void show(WorkbenchModel.PairSelection pair) {
        long ticket = ++generation;
        rows.clear();
        Dataset dataset = model.datasets().datasetProperty().get();
        if (pair == null || dataset == null) {
            pairView.setPair(null, null);
            return;
        }
        FeatureMatrix m = pair.rows();
        int si = m.structureIndex(pair.i());
        int ai = m.atomIndex(pair.i());
        int sj = m.structureIndex(pair.j());
        int aj = m.atomIndex(pair.j());
        double cutoff = cutoffOf(model.descriptors().reference());
        pairView.setPair(AtomicEnvironment.of(dataset.get(si), si, ai, cutoff), AtomicEnvironment.of(dataset.get(sj), sj, aj, cutoff));
        caption.setText(String.format(Locale.ROOT, "Pair of rows (%d, %d): structure %d atom %d  vs  structure %d atom %d."
                + " Drag either view to turn both.", pair.i(), pair.j(), si, ai, sj, aj));
        List<DescriptorSpec> specs = List.copyOf(model.descriptors().specs());
        for (DescriptorSpec spec : specs) {
            String label = (spec.equals(model.descriptors().reference()) ? "★ " : "") + DescriptorSetModel.shortLabel(spec, specs);
            DistanceRow pending = new DistanceRow(label, "computing…");
            rows.add(pending);
            model.features().feature(dataset, spec, model.centresProperty().get()).whenComplete((f, e) -> model.ui().execute(() -> {
                if (ticket != generation) {
                    return;
                }
                int k = rows.indexOf(pending);
                if (k >= 0) {
                    rows.set(k, new DistanceRow(label, e != null ? "not available" : distanceText(f, si, ai, sj, aj)));
                }
            }));
        }
    }

    private void showSingle(WorkbenchModel.EnvironmentSelection env) {
        ++generation;
        rows.clear();
        Dataset dataset = model.datasets().datasetProperty().get();
        if (dataset == null) {
            return;
        }
        double cutoff = cutoffOf(model.descriptors().reference());
        pairView.setPair(AtomicEnvironment.of(dataset.get(env.structure()), env.structure(), env.atom(), cutoff), null);
        caption.setText(String.format(Locale.ROOT, "Environment: structure %d atom %d.", env.structure(), env.atom()));
    }

    /** The Euclidean distance between the rows of two environments, or a dash if either is not among the matrix's rows. */
    static String distanceText(FeatureMatrix f, int si, int ai, int sj, int aj) {
        int ri = rowOf(f, si, ai);
        int rj = rowOf(f, sj, aj);
        if (ri < 0 || rj < 0) {
            return "— (not among the chosen environments)";
        }
        double sum = 0;
        for (int c = 0; c < f.columns(); c++) {
            double d = f.get(ri, c) - f.get(rj, c);
            sum += d * d;
        }
        return String.format(Locale.ROOT, "%.6g", Math.sqrt(sum));
    }

    private static int rowOf(FeatureMatrix f, int structure, int atom) {
        for (int r = 0; r < f.rows(); r++) {
            if (f.structureIndex(r) == structure && f.atomIndex(r) == atom) {
                return r;
            }
        }
        return -1;
    }

    /** The reference descriptor's r_cut, if it has one. */
    static double cutoffOf(DescriptorSpec spec) {
        if (spec != null && spec.signature().parameter("r_cut") != null && spec.value("r_cut") instanceof SpecValue.Num n) {
            return n.value();
        }
        return DEFAULT_CUTOFF;
    }
}
