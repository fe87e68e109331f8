package org.descriptorworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The compute core stays a plain library: no GUI toolkit, and the CLI sits on top of everything else. */
@AnalyzeClasses(packages = "org.descriptorworkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule computeDoesNotUseJavaFx = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.fair_acc..", "org.fxyz3d..", "java.awt..", "javax.swing..");

    @ArchTest
    static final ArchRule onlyTheCommandLineUsesPicocli = noClasses()
            .that().resideOutsideOfPackage("org.descriptorworkbench.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule nothingDependsOnTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("org.descriptorworkbench.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.descriptorworkbench.cli..");
}
