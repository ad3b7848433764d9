package org.linli.testing.apidocs;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs a service's {@link PublishedApiContract} test after every other test class, so that it sees all
 * the problems the suite observed; the others keep JUnit's order. Set for every module that depends
 * on linli-testing by its {@code junit-platform.properties}.
 */
public class ApiContractLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        // List.sort is stable: only the contract tests move
        context.getClassDescriptors()
                .sort(Comparator.comparing(
                        (ClassDescriptor d) -> PublishedApiContract.class.isAssignableFrom(d.getTestClass())));
    }
}
