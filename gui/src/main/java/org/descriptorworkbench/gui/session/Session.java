package org.descriptorworkbench.gui.session;

import java.util.List;
import java.util.Map;

/**
 * What a session file holds: the dataset by path, the descriptor set as spec texts with the
 * reference, the centre choice, and each analysis tab's parameters by tab id. Written as readable
 * JSON by {@link SessionFiles}.
 *
 * @param version     the file format version, {@link SessionFiles#VERSION}
 * @param dataset     absolute path of the dataset file, or null
 * @param descriptors canonical spec texts, in set order
 * @param reference   the reference's spec text
 * @param centres     the centre choice
 * @param analyses    tab id → parameter name → value
 * @param layout      the window layout, or null (older files)
 */
public record Session(int version, String dataset, List<String> descriptors, String reference, Centres centres,
        Map<String, Map<String, Object>> analyses, Layout layout) {

    /**
     * The window layout: size, divider positions of the main (left | analyses | views) and left
     * (dataset / descriptors) split panes, and the ids of the selected analysis and view tabs.
     */
    public record Layout(double width, double height, List<Double> mainDividers, List<Double> leftDividers,
            String analysisTab, String viewTab) {
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
