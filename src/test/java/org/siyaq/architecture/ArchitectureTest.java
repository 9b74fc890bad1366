package org.siyaq.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Data flows one way: text → analysis → index → a feature's service → API or UI. */
@AnalyzeClasses(packages = "org.siyaq", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_engine_never_depends_on_the_ui_or_the_api = noClasses()
            .that().resideInAnyPackage("org.siyaq.analysis..", "org.siyaq.index..", "org.siyaq.query..",
                    "org.siyaq.concordance..", "org.siyaq.wordlist..", "org.siyaq.collocation..", "org.siyaq.ngram..",
                    "org.siyaq.corpus..")
            .should().dependOnClassesThat().resideInAnyPackage("org.siyaq.ui..", "org.siyaq.api..", "com.vaadin..",
                    "org.springframework.web..", "org.springframework.http..");

    @ArchTest
    static final ArchRule analysis_knows_nothing_of_corpora_or_spring = noClasses()
            .that().resideInAPackage("org.siyaq.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("org.siyaq.index..", "org.siyaq.corpus..",
                    "org.springframework..");

    @ArchTest
    static final ArchRule the_api_and_the_ui_do_not_call_each_other = noClasses()
            .that().resideInAPackage("org.siyaq.api..")
            .should().dependOnClassesThat().resideInAPackage("org.siyaq.ui..");

    @ArchTest
    static final ArchRule feature_packages_have_no_cycles = slices()
            .matching("org.siyaq.(*)..").should().beFreeOfCycles();
}
