package org.linli.platform.apidocs;

import org.linli.platform.error.ProblemErrorController;
import org.linli.platform.security.Caller;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;

/**
 * For services that publish OpenAPI (springdoc): a {@link Caller} argument comes from the verified
 * token, not from the request, so it is no parameter; the error page answers for every path and is no
 * operation of its own.
 */
@AutoConfiguration
@ConditionalOnClass(SpringDocUtils.class)
public class PlatformApiDocsAutoConfiguration {

    static {
        SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(Caller.class)
                .addHiddenRestControllers(ProblemErrorController.class);
    }
}
