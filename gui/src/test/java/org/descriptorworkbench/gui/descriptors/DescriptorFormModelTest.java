package org.descriptorworkbench.gui.descriptors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.error.WorkbenchException;
import org.junit.jupiter.api.Test;

/** The descriptor form's state, without JavaFX running. */
class DescriptorFormModelTest {

    @Test
    void anOutOfRangeFieldShowsTheSpecParsersMessage() {
        DescriptorFormModel form = new DescriptorFormModel("soap(r_cut=5, n_max=6, l_max=4, sigma=0.5)");
        form.field("n_max").set("0");
        String expected = assertThrows(WorkbenchException.class,
                () -> DescriptorCatalog.parse(form.specTextProperty().get())).getMessage();
        assertEquals(expected, form.errorProperty().get());
        assertTrue(form.errorProperty().get().startsWith("n_max"), form.errorProperty().get());
        assertNull(form.specProperty().get());
    }

    @Test
    void fixingTheFieldClearsTheMessageAndGivesTheCanonicalSpec() {
        DescriptorFormModel form = new DescriptorFormModel("soap(r_cut=5, n_max=6, l_max=4, sigma=0.5)");
        form.field("n_max").set("0");
        form.field("n_max").set("3");
        assertEquals("", form.errorProperty().get());
        assertEquals(DescriptorCatalog.parse("soap(r_cut=5, n_max=3, l_max=4, sigma=0.5)"), form.specProperty().get());
    }

    @Test
    void aTypedSpecFillsTheFields() {
        DescriptorFormModel form = new DescriptorFormModel();
        form.specTextProperty().set("soap(r_cut=4.5, n_max=5, l_max=3, sigma=0.4, compression=mu2)");
        assertEquals("4.5", form.field("r_cut").get());
        assertEquals("mu2", form.field("compression").get());
        assertNotNull(form.specProperty().get());
    }

    @Test
    void aTypedSyntaxErrorKeepsTheFieldsAndShowsTheMessage() {
        DescriptorFormModel form = new DescriptorFormModel("soap(r_cut=5)");
        form.specTextProperty().set("soap(r_cut=5");
        assertNull(form.specProperty().get());
        assertEquals(assertThrows(WorkbenchException.class, () -> DescriptorCatalog.parse("soap(r_cut=5")).getMessage(),
                form.errorProperty().get());
        assertEquals("5", form.field("r_cut").get());
    }

    @Test
    void choosingAnotherFamilyOffersItsParametersAtTheirDefaults() {
        DescriptorFormModel form = new DescriptorFormModel("soap(r_cut=5)");
        form.familyProperty().set(DescriptorCatalog.family("acsf"));
        var acsf = DescriptorCatalog.family("acsf").signature().parameters();
        assertEquals(acsf.size(), form.fields().size());
        assertEquals(acsf.get(0).defaultValue().text(), form.field(acsf.get(0).name()).get());
        assertEquals(DescriptorCatalog.parse("acsf()"), form.specProperty().get());
    }
}
