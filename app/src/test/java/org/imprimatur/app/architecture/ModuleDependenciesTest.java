package org.imprimatur.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Fails the build when production code breaks one of the module rules. */
@AnalyzeClasses(packages = "org.imprimatur", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleDependenciesTest {

    @ArchTest
    static final ArchRule pluginApiImportsNoImplementation = ModuleRules.PLUGIN_API_IMPORTS_NO_IMPLEMENTATION;

    @ArchTest
    static final ArchRule workflowSeesChecksOnlyThroughTheSpi = ModuleRules.WORKFLOW_SEES_CHECKS_ONLY_THROUGH_THE_SPI;

    @ArchTest
    static final ArchRule provenanceReceivesEventsNotTheWorkflow =
            ModuleRules.PROVENANCE_RECEIVES_EVENTS_NOT_THE_WORKFLOW;

    @ArchTest
    static final ArchRule nlpKnowsNoContentItems = ModuleRules.NLP_KNOWS_NO_CONTENT_ITEMS;

    @ArchTest
    static final ArchRule dependenciesPointInward = ModuleRules.DEPENDENCIES_POINT_INWARD;
}
