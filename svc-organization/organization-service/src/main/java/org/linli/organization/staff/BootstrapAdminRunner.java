package org.linli.organization.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first system administrator at start-up from {@code linli.identity.bootstrap-admin} while
 * no staff account exists. Runs before the demo data (which adds staff of its own). A configured but
 * unacceptable password stops the start-up: better now than an installation nobody can sign in to.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BootstrapAdminRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdminRunner.class);

    private final StaffAccountService staffAccounts;
    private final BootstrapAdminProperties properties;

    BootstrapAdminRunner(StaffAccountService staffAccounts, BootstrapAdminProperties properties) {
        this.staffAccounts = staffAccounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.isSet()) {
            if (!staffAccounts.anyExists()) {
                log.warn("No staff account exists and no bootstrap administrator is configured: set"
                        + " LINLI_BOOTSTRAP_ADMIN_USERNAME and LINLI_BOOTSTRAP_ADMIN_PASSWORD to create the first one");
            }
            return;
        }
        if (staffAccounts.bootstrapAdmin(properties.username(), properties.password())) {
            log.info(
                    "Created the first system administrator, '{}' (linli.identity.bootstrap-admin)",
                    Usernames.normalize(properties.username()));
        }
    }
}
