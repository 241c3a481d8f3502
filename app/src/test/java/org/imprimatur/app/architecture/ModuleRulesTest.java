package org.imprimatur.app.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

import org.imprimatur.checks.fixture.FixtureCheck;
import org.imprimatur.nlp.fixture.NlpImportingAnItem;
import org.imprimatur.provenance.fixture.LedgerImportingTheWorkflow;
import org.imprimatur.review.fixture.WorkflowImportingACheck;
import org.imprimatur.spi.fixture.SpiImportingTheApp;
import org.junit.jupiter.api.Test;

/** The module rules are not vacuous: each one catches a class that breaks it. */
class ModuleRulesTest {

    private static final JavaClasses VIOLATIONS = new ClassFileImporter().importClasses(
            FixtureCheck.class, WorkflowImportingACheck.class, LedgerImportingTheWorkflow.class,
            SpiImportingTheApp.class, NlpImportingAnItem.class);

    @Test
    void theWorkflowImportingACheckIsCaught() {
        assertViolated(ModuleRules.WORKFLOW_SEES_CHECKS_ONLY_THROUGH_THE_SPI);
    }

    @Test
    void provenanceImportingTheWorkflowIsCaught() {
        assertViolated(ModuleRules.PROVENANCE_RECEIVES_EVENTS_NOT_THE_WORKFLOW);
    }

    @Test
    void pluginApiImportingAnImplementationIsCaught() {
        assertViolated(ModuleRules.PLUGIN_API_IMPORTS_NO_IMPLEMENTATION);
    }

    @Test
    void nlpKnowingContentItemsIsCaught() {
        assertViolated(ModuleRules.NLP_KNOWS_NO_CONTENT_ITEMS);
    }

    @Test
    void aModuleDependingOnTheAppIsCaught() {
        assertViolated(ModuleRules.DEPENDENCIES_POINT_INWARD);
    }

    private static void assertViolated(ArchRule rule) {
        assertTrue(rule.evaluate(VIOLATIONS).hasViolation(), () -> "not caught: " + rule.getDescription());
    }
}
