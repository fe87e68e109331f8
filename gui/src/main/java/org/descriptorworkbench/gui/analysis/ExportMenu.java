package org.descriptorworkbench.gui.analysis;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import org.descriptorworkbench.error.WorkbenchException;
import org.descriptorworkbench.plots.PlotView;
import org.descriptorworkbench.plots.export.FigureExport;

/**
 * The "Export" menu of one plot: PNG (150 dpi), SVG, PDF and the plotted data as CSV, each to a file
 * chosen with a file chooser (tests replace the chooser through {@link #setFileChooser}).
 */
public final class ExportMenu extends MenuButton {
    /** Chooses where to write: gets the format and a suggested file name, returns the file or null. */
    private BiFunction<FigureExport.Format, String, Path> chooser = this::choose;
    private final PlotView view;
    private final String baseName;
    private Consumer<String> onMessage = m -> { };

    public ExportMenu(PlotView view, String baseName, String id) {
        super("Export");
        this.view = view;
        this.baseName = baseName;
        setId(id);
        for (FigureExport.Format f : FigureExport.Format.values()) {
            MenuItem item = new MenuItem(f == FigureExport.Format.CSV ? "Data as CSV…" : f + "…");
            item.setId(id + "-" + f.name().toLowerCase(Locale.ROOT));
            item.setOnAction(e -> export(f));
            getItems().add(item);
        }
        disableProperty().bind(view.figureProperty().isNull());
    }

    public void setFileChooser(BiFunction<FigureExport.Format, String, Path> chooser) {
        this.chooser = chooser;
    }

    /** Who hears "exported to …" or why the export failed. */
    public void setOnMessage(Consumer<String> onMessage) {
        this.onMessage = onMessage;
    }

    /** Exports in the given format to the chosen file; returns the file, or null if none was chosen. */
    public Path export(FigureExport.Format format) {
        Path file = chooser.apply(format, baseName + "." + format.name().toLowerCase(Locale.ROOT));
        if (file == null) {
            return null;
        }
        try {
            view.export(file, format, FigureExport.DEFAULT_DPI);
            onMessage.accept("exported " + file);
        } catch (WorkbenchException e) {
            onMessage.accept(e.getMessage());
        }
        return file;
    }

    private Path choose(FigureExport.Format format, String suggested) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export " + format);
        fc.setInitialFileName(suggested);
        String ext = "*." + format.name().toLowerCase(Locale.ROOT);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(format + " (" + ext + ")", ext));
        File f = fc.showSaveDialog(getScene().getWindow());
        return f == null ? null : f.toPath();
    }
}
