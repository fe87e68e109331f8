package org.descriptorworkbench.gui.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.analysis.AnalysisTab;
import org.descriptorworkbench.gui.dataset.OpenDataset;
import org.descriptorworkbench.gui.dataset.OpenDatasets;
import org.descriptorworkbench.gui.features.CentreChoice;

/** Turns the workbench's state into a {@link Session} and back. */
public final class SessionState {
    private SessionState() {
    }

    /** The session of the current state. */
    public static Session capture(WorkbenchModel model, List<AnalysisTab> tabs, Session.Layout layout) {
        OpenDatasets open = model.datasets().openDatasets();
        List<String> datasets = open.list().stream().map(e -> e.file().toString()).toList();
        OpenDataset active = open.activeProperty().get();
        List<String> specs = model.descriptors().specs().stream().map(DescriptorSpec::text).toList();
        DescriptorSpec ref = model.descriptors().reference();
        CentreChoice c = model.centresProperty().get();
        Map<String, Map<String, Object>> analyses = new LinkedHashMap<>();
        for (AnalysisTab tab : tabs) {
            analyses.put(tab.getId(), tab.parameterValues());
        }
        return new Session(SessionFiles.VERSION, null, datasets, active == null ? null : active.file().toString(), specs, ref == null ? null : ref.text(),
                new Session.Centres(c.all(), c.count(), c.seed(), c.species(), c.structures(),
                        c.environments().stream().map(a -> List.of(a.structure(), a.atom())).toList()), analyses, layout);
    }

    /**
     * Applies a session: the descriptor set (every spec checked first, so a bad spec changes nothing)
     * and analysis parameters at once; the datasets are opened in the background and become the open
     * ones (see {@link org.descriptorworkbench.gui.dataset.DatasetViewModel#openAll}), and then the
     * centre choice is set, so that it is not adapted to a change of the active dataset. Then every tab
     * whose parameters the session held shows its cached result, if there is one (looked up off the
     * JavaFX thread; nothing is computed).
     *
     * @param whenRestored run on the UI executor once the datasets are open
     * @throws org.descriptorworkbench.error.WorkbenchException naming the spec that does not parse
     */
    public static void apply(Session session, WorkbenchModel model, List<AnalysisTab> tabs, Runnable whenRestored) {
        List<DescriptorSpec> specs = new ArrayList<>();
        for (String text : session.descriptors() == null ? List.<String>of() : session.descriptors()) {
            specs.add(DescriptorCatalog.parse(text));
        }
        DescriptorSpec ref = session.reference() == null ? null : DescriptorCatalog.parse(session.reference());
        Session.Centres c = session.centres();
        CentreChoice centres = c == null ? CentreChoice.DEFAULT : new CentreChoice(c.all(), c.count(), c.seed(),
                orEmpty(c.species()), orEmpty(c.structures()),
                orEmpty(c.environments()).stream().map(p -> new CentreChoice.Atom(p.get(0), p.get(1))).toList());
        model.descriptors().setAll(specs, ref);
        model.centresProperty().set(centres);
        List<AnalysisTab> restored = new ArrayList<>();
        for (AnalysisTab tab : tabs) {
            Map<String, Object> values = session.analyses() == null ? null : session.analyses().get(tab.getId());
            if (values != null) {
                tab.restoreParameters(values);
                restored.add(tab);
            }
        }
        List<Path> datasets = session.datasetPaths().stream().map(Path::of).toList();
        String active = session.activeDatasetPath();
        model.datasets().openAll(datasets, active == null ? null : Path.of(active), () -> {
            model.centresProperty().set(centres);
            restored.forEach(AnalysisTab::showCachedResult);
            whenRestored.run();
        });
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
