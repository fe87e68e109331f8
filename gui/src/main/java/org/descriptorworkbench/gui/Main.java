package org.descriptorworkbench.gui;

import javafx.application.Application;

/**
 * Starts the workbench: {@code Main [structure-file…]}. A plain class rather than the
 * {@link javafx.application.Application} itself, so the application starts from an ordinary class
 * path (the JavaFX launcher refuses an Application main class that is not on the module path).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(WorkbenchApplication.class, args);
    }
}
