package org.descriptorworkbench.viewer3d;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Two environment views side by side whose rotations are synchronised: turning either turns both,
 * so the same directions can be compared (seed 000 Fig. S2). Use on the JavaFX application thread.
 */
public final class PairView extends HBox {
    private final EnvironmentView first = new EnvironmentView();
    private final EnvironmentView second = new EnvironmentView();
    private final BooleanProperty bondsVisible = new SimpleBooleanProperty(this, "bondsVisible", true);

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
        first.bondsVisibleProperty().bindBidirectional(bondsVisible);
        second.bondsVisibleProperty().bindBidirectional(bondsVisible);
    }

    /** Whether both views draw bonds (see {@link EnvironmentView#bondsVisibleProperty()}); on by default. */
    public BooleanProperty bondsVisibleProperty() {
        return bondsVisible;
    }

    public boolean isBondsVisible() {
        return bondsVisible.get();
    }

    public void setBondsVisible(boolean value) {
        bondsVisible.set(value);
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
