package com.hongshu.studio.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of ARCHITECTURE.md, checked on the compiled classes of every module. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.hongshu.studio");
    }

    @Test
    void coreIsPlainJava() {
        noClasses().that().resideInAPackage("com.hongshu.studio.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.sql..", "java.net.http..", "com.fasterxml..", "org.sqlite..",
                        "com.hongshu.studio.store..", "com.hongshu.studio.platform..",
                        "com.hongshu.studio.sandbox..", "com.hongshu.studio.app..")
                .check(classes);
    }

    @Test
    void storeAndPlatformDependOnlyOnCore() {
        noClasses().that().resideInAPackage("com.hongshu.studio.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.hongshu.studio.platform..",
                        "com.hongshu.studio.sandbox..", "com.hongshu.studio.app..")
                .check(classes);
        noClasses().that().resideInAPackage("com.hongshu.studio.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.hongshu.studio.store..",
                        "com.hongshu.studio.sandbox..", "com.hongshu.studio.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theSandboxSharesNoCodeWithTheStudio() {
        noClasses().that().resideInAPackage("com.hongshu.studio.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("com.hongshu.studio.core..",
                        "com.hongshu.studio.store..", "com.hongshu.studio.platform..", "com.hongshu.studio.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void viewModelsKnowNoControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void onlyTheTaskRunnerMakesThreads() {
        noClasses().that().resideInAPackage("com.hongshu.studio.app..")
                // the worker pool, the class preloader, the first frame's helper (it runs before the pool exists and is
                // joined before the window shows) and the single-instance listener are the only threads of their own
                .and().doNotHaveSimpleName("FxTaskRunner").and().doNotHaveSimpleName("Main")
                .and().doNotHaveSimpleName("FirstFrameHelper").and().doNotHaveSimpleName("InstanceLock")
                .should().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .orShould().callConstructor(Thread.class)
                .check(classes);
    }

    @Test
    void modulesAndScreensHaveNoCycles() {
        slices().matching("com.hongshu.studio.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("com.hongshu.studio.app.(*)..").should().beFreeOfCycles().check(classes);
    }
}
