package org.descriptorworkbench.gui.analysis;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.gui.descriptors.DescriptorSetModel;

/**
 * A choice of one descriptor of the set, shown by its short label; follows the set as it changes and
 * falls back to a default member ({@code memberIndex} 0 = the reference, 1 = the first other member)
 * when its choice is removed.
 */
final class SpecChoice extends ComboBox<DescriptorSpec> {

    SpecChoice(DescriptorSetModel set, int memberIndex, String id) {
        super(set.specs());
        setId(id);
        setPrefWidth(250);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(DescriptorSpec s) {
                return s == null ? "" : DescriptorSetModel.shortLabel(s, set.specs());
            }

            @Override
            public DescriptorSpec fromString(String text) {
                return null;
            }
        });
        set.specs().addListener((ListChangeListener<DescriptorSpec>) c -> {
            if (getValue() == null || !set.specs().contains(getValue())) {
                pickDefault(set, memberIndex);
            }
        });
        set.referenceProperty().addListener((obs, o, n) -> pickDefault(set, memberIndex));
        pickDefault(set, memberIndex);
    }

    private void pickDefault(DescriptorSetModel set, int memberIndex) {
        if (memberIndex == 0) {
            setValue(set.reference());
        } else {
            var members = set.members();
            setValue(members.size() >= memberIndex ? members.get(memberIndex - 1) : set.reference());
        }
    }
}
