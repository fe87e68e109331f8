package org.descriptorworkbench.gui.descriptors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.junit.jupiter.api.Test;

class DescriptorSetModelTest {

    @Test
    void startsWithSoapNu2AsReferenceAndItsThreeCompressions() {
        DescriptorSetModel set = DescriptorSetModel.withDefaults();
        assertEquals(List.of("off", "mu2", "mu1nu1", "nu1muhat1"), set.specs().stream().map(s -> s.word("compression")).toList());
        assertEquals("off", set.reference().word("compression"));
        assertEquals(3, set.members().size());
    }

    @Test
    void labelsNameOnlyWhatDiffersWithinTheSet() {
        DescriptorSetModel set = DescriptorSetModel.withDefaults();
        assertEquals(List.of("soap compression=off", "soap compression=mu2", "soap compression=mu1nu1",
                "soap compression=nu1muhat1"), DescriptorSetModel.shortLabels(set.specs()));
    }

    @Test
    void refusesADescriptorAlreadyInTheSet() {
        DescriptorSetModel set = DescriptorSetModel.withDefaults();
        assertFalse(set.add(DescriptorCatalog.parse(DescriptorSetModel.DEFAULT_REFERENCE)));
        assertEquals(4, set.specs().size());
    }

    @Test
    void removingTheReferenceMakesTheFirstRemainingOneTheReference() {
        DescriptorSetModel set = DescriptorSetModel.withDefaults();
        DescriptorSpec second = set.specs().get(1);
        set.remove(0);
        assertEquals(second, set.reference());
    }

    @Test
    void editingTheReferenceKeepsItTheReference() {
        DescriptorSetModel set = DescriptorSetModel.withDefaults();
        DescriptorSpec edited = DescriptorCatalog.parse("soap(r_cut=4, n_max=6, l_max=4, sigma=0.5)");
        set.replace(0, edited);
        assertEquals(edited, set.reference());
    }
}
