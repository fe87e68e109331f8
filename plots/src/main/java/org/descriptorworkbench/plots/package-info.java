/**
 * Plot views of analysis result records, and figure export.
 *
 * <p>Each view ({@link org.descriptorworkbench.plots.DistanceCorrelationView},
 * {@link org.descriptorworkbench.plots.ImbalancePlaneView}, {@link org.descriptorworkbench.plots.MatrixHeatMapView},
 * {@link org.descriptorworkbench.plots.SelectionCurveView}, {@link org.descriptorworkbench.plots.PcaSpectrumView},
 * {@link org.descriptorworkbench.plots.CurveView}) is a JavaFX node made with a no-argument constructor; a
 * {@code show(...)} call with a result record (and labels) builds a toolkit-neutral
 * {@link org.descriptorworkbench.plots.figure.Figure} with the view's static {@code figure(...)} method and
 * displays it. Views never compute: results come from the compute module's analyses, run elsewhere.
 * Every view exports its figure through {@link org.descriptorworkbench.plots.PlotView#export}. Styling
 * lives in {@link org.descriptorworkbench.plots.PlotStyle}.
 */
package org.descriptorworkbench.plots;
