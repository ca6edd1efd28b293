package vn.hoctap.bot.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.hoctap.bot.telegram.UpdateHandler;

/**
 * The module boundaries of all three Maven modules, checked on their compiled classes: feature
 * packages form no cycle, {@code internal} packages are used only by their feature, the
 * libraries ({@code content}, {@code scheduler}) never reach into the app, bot handlers are
 * reachable only through their feature's route group, and a library type is public only when
 * another package uses it.
 */
class ModuleBoundariesTests {

    /**
     * Production classes of all three modules, wherever they are on the classpath: {@code target/classes}
     * in a plain test run, the modules' jars when Maven has packaged them ({@code mvn verify}).
     */
    static final JavaClasses PRODUCTION = new ClassFileImporter().withImportOption(ModuleBoundariesTests::production)
            .importPackages("vn.hoctap");
    /** With the tests: a test in another package also uses a type (e.g. to stop the delivery worker). */
    static final JavaClasses EVERYTHING = new ClassFileImporter().importPackages("vn.hoctap");

    private static boolean production(Location location) {
        return !location.contains("/test-classes/") && !location.matches(Pattern.compile(".*-tests\\.jar.*"));
    }

    @Test
    void allThreeModulesAreChecked() {
        assertThat(PRODUCTION.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct())
                .contains("bot", "content", "scheduler");
        assertThat(PRODUCTION.contain("vn.hoctap.bot.testing.BotIntegrationTest")).isFalse();
        assertThat(PRODUCTION.contain("vn.hoctap.content.testing.TestPostgres")).isFalse();
    }

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching("vn.hoctap.(*).(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void internalPackagesAreUsedOnlyByTheirFeature() {
        noClasses().that().resideOutsideOfPackage("vn.hoctap.bot.telegram..").and().resideOutsideOfPackage("vn.hoctap.bot")
                .should().dependOnClassesThat().resideInAPackage("vn.hoctap.bot.telegram.internal..").check(PRODUCTION);
    }

    @Test
    void theLibrariesNeverDependOnTheApp() {
        noClasses().that().resideInAnyPackage("vn.hoctap.content..", "vn.hoctap.scheduler..")
                .should().dependOnClassesThat().resideInAPackage("vn.hoctap.bot..").check(PRODUCTION);
    }

    @Test
    void botHandlersAreRoutedOnlyThroughTheirFeaturesGroup() {
        // telegram and dialogue hold the shared building blocks (CommentInput) route groups instantiate.
        classes().that().implement(UpdateHandler.class).and().resideOutsideOfPackages("vn.hoctap.bot.telegram..", "vn.hoctap.bot.dialogue..")
                .should().notBePublic().check(PRODUCTION);
    }

    /**
     * Configuration records and Quartz jobs are exempt: Spring Boot binds the one and Quartz
     * instantiates the other from outside.
     */
    @Test
    void aLibraryTypeIsPublicOnlyWhenAnotherPackageUsesIt() {
        classes().that().resideInAnyPackage("vn.hoctap.scheduler..", "vn.hoctap.content..").and().arePublic()
                .and().areTopLevelClasses().and().areNotAnnotatedWith(ConfigurationProperties.class)
                .and().areNotAssignableTo(Job.class).and(are(PRODUCTION_CODE))
                .should(beUsedOutsideTheirPackage()).check(EVERYTHING);
    }

    static ArchCondition<JavaClass> beUsedOutsideTheirPackage() {
        return new ArchCondition<>("be used by another package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean used = type.getDirectDependenciesToSelf().stream()
                        .anyMatch(d -> !d.getOriginClass().getPackageName().equals(type.getPackageName()));
                if (!used) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " is public but used only in its package"));
                }
            }
        };
    }

    static final DescribedPredicate<JavaClass> PRODUCTION_CODE = describe("production code",
            c -> PRODUCTION.contain(c.getName()));
}
