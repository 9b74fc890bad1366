package org.siyaq.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Data flows one way: text → analysis → index → a feature's service → API or UI. The engine is chosen by
 * exclusion (everything but the two faces, security and the application class), so a package added
 * tomorrow is checked the day it is added.
 */
@AnalyzeClasses(packages = "org.siyaq", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FACES = {"org.siyaq.ui..", "org.siyaq.api..", "org.siyaq.security.."};

    private static final DescribedPredicate<JavaClass> ENGINE = not(resideInAnyPackage(FACES))
            .and(not(JavaClass.Predicates.simpleName("Application")))
            .as("the engine (every package but ui, api and security)");

    @ArchTest
    static final ArchRule the_engine_never_depends_on_the_faces_or_the_web = noClasses()
            .that(ENGINE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.siyaq.ui..",
                    "org.siyaq.api..",
                    "org.siyaq.security..",
                    "com.vaadin..",
                    "org.springframework.web..",
                    "org.springframework.http..",
                    "org.springframework.security..");

    @ArchTest
    static final ArchRule analysis_knows_nothing_of_corpora_or_spring = noClasses()
            .that()
            .resideInAPackage("org.siyaq.analysis..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.siyaq.index..", "org.siyaq.corpus..", "org.springframework..");

    @ArchTest
    static final ArchRule the_api_and_the_ui_do_not_call_each_other = noClasses()
            .that()
            .resideInAPackage("org.siyaq.api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.siyaq.ui..");

    @ArchTest
    static final ArchRule the_ui_does_not_call_the_api = noClasses()
            .that()
            .resideInAPackage("org.siyaq.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.siyaq.api..");

    @ArchTest
    static final ArchRule top_level_packages_have_no_cycles =
            slices().matching("org.siyaq.(*)..").should().beFreeOfCycles();

    /** Every package on its own, at any depth: {@code ui} against {@code ui.concordance}, {@code corpus} against {@code corpus.load}. */
    @ArchTest
    static final ArchRule no_package_is_in_a_cycle_with_another =
            slices().matching("org.siyaq.(**)").should().beFreeOfCycles();
}
