package org.descriptorworkbench.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.descriptorworkbench.analysis.imbalance.ImbalancePlane;
import org.descriptorworkbench.plots.chart.FigureChart;
import org.descriptorworkbench.plots.figure.Annotation;
import org.descriptorworkbench.plots.figure.Annotation.Align;
import org.descriptorworkbench.plots.figure.AxisSpec;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.ReferenceLine;
import org.descriptorworkbench.plots.figure.Series;

/**
 * The information-imbalance plane of a descriptor set against a reference (Glielmo et al. 2022 Fig. 2;
 * seed 000 §IV C, Figs. 5–6): one labelled point (Δ(R→D), Δ(D→R)) per descriptor D, the diagonal of
 * symmetric information loss, and the corners annotated: (0, 0) equivalent, (1, 1) independent, (0, 1) the
 * reference more informative, (1, 0) the descriptor more informative. Renders an {@link ImbalancePlane.Plane}.
 */
public final class ImbalancePlaneView extends PlotView {

    /** Labels longer than this are replaced next to the point by their number and listed under the plot. */
    static final int INLINE_LABEL_CHARACTERS = 24;

    private final ReadOnlyIntegerWrapper selectedDescriptor = new ReadOnlyIntegerWrapper(this, "selectedDescriptor", -1);

    public ImbalancePlaneView() {
        super("Information imbalance plane: no result yet");
    }

    public void show(ImbalancePlane.Plane plane) {
        display(figure(plane));
    }

    /** Index (in the plane's point order) of the last descriptor clicked, -1 before any click. */
    public ReadOnlyIntegerProperty selectedDescriptorProperty() {
        return selectedDescriptor.getReadOnlyProperty();
    }

    @Override
    protected void picked(FigureChart.Pick pick) {
        selectedDescriptor.set(pick.series());
    }

    /** The figure of a plane: one single-point series per member, in the plane's order. */
    public static Figure figure(ImbalancePlane.Plane plane) {
        List<Series> series = new ArrayList<>();
        // the corner names first: labels are placed in order, and the points' labels make way for them
        List<Annotation> annotations = new ArrayList<>(List.of(
                new Annotation("equivalent", 0, 0, Align.START, Align.START, true),
                new Annotation("independent", 1, 1, Align.END, Align.END, true),
                new Annotation("R more informative", 0, 1, Align.START, Align.END, true),
                new Annotation("D more informative", 1, 0, Align.END, Align.START, true)));
        List<ImbalancePlane.Point> points = plane.points();
        Series.Marker[] markers = {Series.Marker.CIRCLE, Series.Marker.SQUARE, Series.Marker.DIAMOND};
        for (int k = 0; k < points.size(); k++) {
            ImbalancePlane.Point p = points.get(k);
            String tag = "D" + (k + 1);
            boolean inline = p.label().length() <= INLINE_LABEL_CHARACTERS;
            String detail = String.format(Locale.ROOT, "%s   RIM(R→D) = %.4f, RIM(D→R) = %.4f, SRIM = %.4f",
                    p.label(), p.rimReferenceToMember(), p.rimMemberToReference(), p.srim());
            series.add(Series.points(tag + ": " + p.label(), new double[] {p.referenceToMember()},
                    new double[] {p.memberToReference()}, new String[] {detail}, PlotStyle.seriesColour(k),
                    markers[k % markers.length]));
            annotations.add(new Annotation(inline ? p.label() : tag, p.referenceToMember(), p.memberToReference(),
                    Align.START, Align.START, false));
        }
        // Δ is statistically confined to [0, 1] but can exceed 1 slightly; keep every point in view
        double top = 1.02;
        for (ImbalancePlane.Point p : points) {
            top = Math.max(top, Math.max(p.referenceToMember(), p.memberToReference()) + 0.04);
        }
        AxisSpec x = AxisSpec.linear("Δ(R → D)", -0.02, top);
        AxisSpec y = AxisSpec.linear("Δ(D → R)", -0.02, top);
        String subtitle = String.format(Locale.ROOT, "R = %s   k = %d   N = %d", plane.reference(), plane.k(), plane.n());
        return new Figure("Information imbalance plane", subtitle, x, y, List.of(), series,
                List.of(new ReferenceLine(0, 0, 1, 1, null)), annotations, List.of(), Figure.Legend.BELOW, 400,
                420 + 14 * points.size());
    }
}
