package org.descriptorworkbench.viewer3d;

import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Two environment views side by side whose rotations are synchronised: turning either turns both,
 * so the same directions can be compared (seed 000 Fig. S2). Use on the JavaFX application thread.
 */
public final class PairView extends HBox {
    private final EnvironmentView first = new EnvironmentView();
    private final EnvironmentView second = new EnvironmentView();

    public PairView() {
        super(2);
        getStyleClass().add("pair-view");
        first.setId("pair-first");
        second.setId("pair-second");
        HBox.setHgrow(first, Priority.ALWAYS);
        HBox.setHgrow(second, Priority.ALWAYS);
        first.setOnRotated(second::setRotation);
        second.setOnRotated(first::setRotation);
        getChildren().addAll(first, second);
    }

    /** Shows a pair of environments (either may be null), both turned back to the initial orientation. */
    public void setPair(AtomicEnvironment a, AtomicEnvironment b) {
        first.setEnvironment(a);
        second.setEnvironment(b);
        first.resetRotation();
        second.resetRotation();
    }

    public EnvironmentView first() {
        return first;
    }

    public EnvironmentView second() {
        return second;
    }
}
