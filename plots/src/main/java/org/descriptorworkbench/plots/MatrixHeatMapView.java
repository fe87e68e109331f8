package org.descriptorworkbench.plots;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.HBox;
import org.descriptorworkbench.analysis.imbalance.ImbalanceMatrix;
import org.descriptorworkbench.plots.figure.Annotation;
import org.descriptorworkbench.plots.figure.AxisSpec;
import org.descriptorworkbench.plots.figure.ColorScale;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.HeatMap;
import org.descriptorworkbench.plots.figure.Numbers;
import org.descriptorworkbench.plots.figure.ReferenceLine;
import org.descriptorworkbench.plots.figure.Series;

/**
 * A descriptor × descriptor matrix as a heat map with the descriptors on both axes, row i = source
 * (A), column j = target (B), row 1 on top: the information imbalance Δ(A→B), RIM or SRIM of an
 * {@link ImbalanceMatrix.Table} (seed 004 §3.2), or any other pairwise measure such as GFRE/GFRD
 * (seed 003) through {@link #showMatrix}. Tooltips give the exact value and both full labels; small
 * matrices also print the values in their cells.
 */
public final class MatrixHeatMapView extends PlotView {

    /** Which matrix of an imbalance table is shown. */
    public enum Quantity {
        DELTA("Δ(A → B)", "Information imbalance"),
        RIM("RIM(A → B)", "Rank information imbalance"),
        SRIM("SRIM(A, B)", "Symmetric rank information imbalance");

        final String symbol;
        final String title;

        Quantity(String symbol, String title) {
            this.symbol = symbol;
            this.title = title;
        }

        @Override
        public String toString() {
            return symbol;
        }
    }

    /** Labels longer than this are replaced on the axes by D1, D2, … with a key under the plot. */
    static final int AXIS_LABEL_CHARACTERS = 14;
    /** Matrices up to this size print their values in the cells (those that fit, see CellTextFit). */
    static final int PRINTED_SIZE = 16;

    private final ChoiceBox<Quantity> quantity = new ChoiceBox<>();
    private ImbalanceMatrix.Table table;

    public MatrixHeatMapView() {
        super("Matrix: no result yet");
        quantity.getItems().setAll(Quantity.values());
        quantity.setValue(Quantity.DELTA);
        quantity.valueProperty().addListener((obs, old, now) -> {
            if (table != null && now != null) {
                display(figure(table, now));
            }
        });
    }

    /** Shows one matrix of an imbalance table; the choice box switches between Δ, RIM and SRIM. */
    public void show(ImbalanceMatrix.Table imbalances, Quantity shown) {
        this.table = imbalances;
        HBox bar = new HBox(8, quantity);
        bar.setPadding(new Insets(4, 6, 0, 6));
        setControls(bar);
        if (quantity.getValue() == shown) {
            display(figure(imbalances, shown));
        } else {
            quantity.setValue(shown);
        }
    }

    /** Shows any square matrix of a pairwise measure; values[i][j] is for source i → target j. */
    public void showMatrix(String title, List<String> labels, double[][] values, String valueName) {
        this.table = null;
        setControls(null);
        display(figure(title, labels, values, valueName));
    }

    public static Figure figure(ImbalanceMatrix.Table t, Quantity q) {
        double[][] values = switch (q) {
            case DELTA -> t.delta();
            case RIM -> t.rim();
            case SRIM -> t.srim();
        };
        return figure(q.title + " (k = " + t.k() + ", N = " + t.n() + ")", t.labels(), values, q.symbol);
    }

    public static Figure figure(String title, List<String> labels, double[][] values, String valueName) {
        int m = labels.size();
        if (values.length != m) {
            throw new IllegalArgumentException(m + " labels for a matrix of " + values.length + " rows");
        }
        boolean tagged = labels.stream().anyMatch(l -> l.length() > AXIS_LABEL_CHARACTERS);
        List<String> names = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            names.add(tagged ? "D" + (i + 1) : labels.get(i));
            if (tagged) {
                notes.add("D" + (i + 1) + " = " + labels.get(i));
            }
        }
        double[][] cells = new double[m][m];
        String[][] texts = new String[m][m];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double v = values[i][j];
                cells[j][m - 1 - i] = v;
                texts[j][m - 1 - i] = valueName + " = " + Numbers.exact(v) + "\nA = " + labels.get(i) + "\nB = "
                        + labels.get(j);
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (!(max >= min)) {
            min = 0;
            max = 1;
        }
        HeatMap map = new HeatMap(valueName, 0.5, m + 0.5, 0.5, m + 0.5, cells, new ColorScale(min, max, false),
                valueName, texts, m <= PRINTED_SIZE, "%.3g");
        List<String> reversed = new ArrayList<>(names);
        java.util.Collections.reverse(reversed);
        AxisSpec x = AxisSpec.categories("B (target)", names);
        AxisSpec y = AxisSpec.categories("A (source)", reversed);
        return new Figure(title, null, x, y, List.of(map), List.<Series>of(), List.<ReferenceLine>of(),
                List.<Annotation>of(), notes, Figure.Legend.NONE, 430, 380 + 13 * notes.size());
    }
}
