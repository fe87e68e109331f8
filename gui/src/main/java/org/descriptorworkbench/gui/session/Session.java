package org.descriptorworkbench.gui.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What a session file holds: the open datasets by path with the active one, the descriptor set as
 * spec texts with the reference, the centre choice, and each analysis tab's parameters by tab id.
 * Written as readable JSON by {@link SessionFiles}.
 *
 * @param version       the file format version, {@link SessionFiles#VERSION}
 * @param dataset       the one dataset of version-1 files (absolute path), read but never written: null in newer files
 * @param datasets      absolute paths of the open datasets, in order; null in version-1 files
 * @param activeDataset the path of the active dataset, one of {@code datasets}, or null
 * @param descriptors   canonical spec texts, in set order
 * @param reference     the reference's spec text
 * @param centres       the centre choice
 * @param analyses      tab id → parameter name → value
 * @param layout        the window layout, or null (older files)
 */
public record Session(int version, @JsonInclude(JsonInclude.Include.NON_NULL) String dataset, List<String> datasets,
        String activeDataset, List<String> descriptors, String reference, Centres centres,
        Map<String, Map<String, Object>> analyses, Layout layout) {

    /** The open datasets' paths in order, whichever version wrote the file. */
    public List<String> datasetPaths() {
        if (datasets != null) {
            return datasets;
        }
        return dataset == null ? List.of() : List.of(dataset);
    }

    /** The active dataset's path, whichever version wrote the file; null for none. */
    public String activeDatasetPath() {
        return datasets != null ? activeDataset : dataset;
    }

    /**
     * The window layout: size, divider positions of the main (left | analyses | views), left
     * (dataset / descriptors) and right (3D views / selection details) split panes, and the ids of the
     * selected analysis and view tabs. Files written before the right pane's divider was saved have
     * {@code rightDividers} null.
     */
    public record Layout(double width, double height, List<Double> mainDividers, List<Double> leftDividers,
            List<Double> rightDividers, String analysisTab, String viewTab) {
    }

    /**
     * The centre choice as written in the file; the lists are absent (null) in files of older versions.
     *
     * @param species      atomic numbers of the centre species, empty for all
     * @param structures   indices of the structures the centres are taken from, empty for all
     * @param environments explicit [structure, atom] pairs, empty for none
     */
    public record Centres(boolean all, int count, long seed, List<Integer> species, List<Integer> structures,
            List<List<Integer>> environments) {
    }
}
