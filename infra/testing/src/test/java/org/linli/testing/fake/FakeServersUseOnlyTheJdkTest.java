package org.linli.testing.fake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The fakes also run as plain processes ({@code java -cp infra/testing/target/classes ...}) in the demo,
 * where no library is on the class path.
 */
class FakeServersUseOnlyTheJdkTest {

    @Test
    void theFakeServersDependOnTheJdkAlone() {
        JavaClasses fakes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.linli.testing.fake", "org.linli.testing.wechat", "org.linli.testing.idcheck");

        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "com.sun.net.httpserver..",
                        "org.linli.testing.fake..",
                        "org.linli.testing.wechat..",
                        "org.linli.testing.idcheck..")
                .check(fakes);
    }

    @Test
    void jsonRoundTripsWhatTheFakesSendAndReceive() {
        String text = Json.write(Map.of("s", "引号\"和\\反斜杠\n", "n", 42, "b", true));

        Map<String, Object> back = Json.parseObject(text);

        assertEquals("引号\"和\\反斜杠\n", back.get("s"));
        assertEquals(42L, back.get("n"));
        assertEquals(true, back.get("b"));
        assertEquals(Map.of("k", List.of(1L, 2.5, "x")), Json.parseObject("{\"k\":[1, 2.5, \"\\u0078\"]}"));
    }

    private static void assertEquals(Object expected, Object actual) {
        Assertions.assertThat(actual).isEqualTo(expected);
    }
}
