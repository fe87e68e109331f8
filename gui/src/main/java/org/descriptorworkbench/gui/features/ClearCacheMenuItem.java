package org.descriptorworkbench.gui.features;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.descriptorworkbench.cache.FeatureCache;

/**
 * The menu item that empties the persistent feature cache, labelled with its current size
 * ("Clear cached results (120 MB)"). The size is measured and the files deleted on a background thread
 * whenever the menu opens or the item is chosen, so the JavaFX thread never walks the cache directory.
 */
public final class ClearCacheMenuItem extends MenuItem {
    private final FeatureCache cache;
    private final Executor ui;

    /**
     * @param cache the cache to measure and clear
     * @param ui    where the label is updated (the JavaFX thread in the application)
     */
    public ClearCacheMenuItem(FeatureCache cache, Executor ui) {
        super(label(-1));
        this.cache = Objects.requireNonNull(cache, "cache");
        this.ui = Objects.requireNonNull(ui, "ui");
        setId("menu-clear-cache");
        parentMenuProperty().addListener((obs, old, menu) -> {
            if (menu != null) {
                menu.addEventHandler(Menu.ON_SHOWING, e -> refresh());
            }
        });
        setOnAction(e -> clear());
    }

    /** Measures the cache in the background and shows its size; completes once the label is set. */
    public CompletableFuture<Void> refresh() {
        return CompletableFuture.supplyAsync(cache::sizeBytes).thenAcceptAsync(bytes -> setText(label(bytes)), ui);
    }

    /** Deletes every cached result in the background, then shows the new size. */
    public CompletableFuture<Void> clear() {
        setDisable(true);
        return CompletableFuture.runAsync(cache::clear)
                .thenCompose(none -> refresh())
                .whenCompleteAsync((none, error) -> setDisable(false), ui);
    }

    /** "Clear cached results (12 MB)", "(empty)" or "(< 1 MB)"; without the size while it is unknown (negative). */
    static String label(long bytes) {
        long megabytes = Math.round(bytes / (1024.0 * 1024.0));
        String size = bytes < 0 ? "" : bytes == 0 ? " (empty)" : megabytes == 0 ? " (< 1 MB)" : " (" + megabytes + " MB)";
        return "Clear cached results" + size;
    }
}
