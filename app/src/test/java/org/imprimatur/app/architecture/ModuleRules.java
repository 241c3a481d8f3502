package org.imprimatur.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import org.imprimatur.spi.content.Sha256;

/**
 * The "never" rules of docs/architecture.md, one per line of its module table. Each module's code lives under its
 * own package root: plugin-api {@code org.imprimatur.spi}, nlp {@code .nlp}, generation-module {@code .generation},
 * checks {@code .checks}, moderation {@code .moderation}, review-workflow {@code .review}, provenance
 * {@code .provenance}, app {@code .app}.
 */
final class ModuleRules {

    static final String SPI = "org.imprimatur.spi..";
    static final String NLP = "org.imprimatur.nlp..";
    static final String GENERATION = "org.imprimatur.generation..";
    static final String CHECKS = "org.imprimatur.checks..";
    static final String MODERATION = "org.imprimatur.moderation..";
    static final String REVIEW = "org.imprimatur.review..";
    static final String PROVENANCE = "org.imprimatur.provenance..";
    static final String APP = "org.imprimatur.app..";

    static final ArchRule PLUGIN_API_IMPORTS_NO_IMPLEMENTATION = noClasses().that().resideInAPackage(SPI)
            .should().dependOnClassesThat().resideInAnyPackage(NLP, GENERATION, CHECKS, MODERATION, REVIEW, PROVENANCE,
                    APP)
            .because("plugin-api is what every plugin compiles against; it must not drag implementations along");

    static final ArchRule WORKFLOW_SEES_CHECKS_ONLY_THROUGH_THE_SPI = noClasses().that().resideInAPackage(REVIEW)
            .should().dependOnClassesThat().resideInAnyPackage(CHECKS, MODERATION, GENERATION)
            .because("the workflow sees checks and generators only through the SPIs in plugin-api")
            .allowEmptyShould(true);

    static final ArchRule PROVENANCE_RECEIVES_EVENTS_NOT_THE_WORKFLOW = noClasses().that().resideInAPackage(PROVENANCE)
            .should().dependOnClassesThat().resideInAPackage(REVIEW)
            .because("the ledger receives ProvenanceEvents; it must not know the workflow that sends them")
            .allowEmptyShould(true);

    // Sha256 lives beside the content types but is a plain digest; nlp names its model file by one.
    static final ArchRule NLP_KNOWS_NO_CONTENT_ITEMS = noClasses().that().resideInAPackage(NLP)
            .should().dependOnClassesThat(resideInAnyPackage(REVIEW, "org.imprimatur.spi.content..")
                    .and(not(type(Sha256.class))))
            .because("nlp works on text and passages, not on content items")
            .allowEmptyShould(true);

    static final ArchRule DEPENDENCIES_POINT_INWARD = noClasses().that().resideOutsideOfPackage(APP)
            .should().dependOnClassesThat().resideInAPackage(APP)
            .because("only app wires modules together; no module depends on the deployable")
            .allowEmptyShould(true);

    private ModuleRules() {
    }
}
