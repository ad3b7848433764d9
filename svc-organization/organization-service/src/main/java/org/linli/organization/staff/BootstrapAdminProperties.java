package org.linli.organization.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.lang.Nullable;

/**
 * The first system administrator, created at start-up while no staff account exists; every other
 * staff account is created by staff. Both values come from the deployment's secrets.
 */
@ConfigurationProperties("linli.identity.bootstrap-admin")
public record BootstrapAdminProperties(@Nullable String username, @Nullable String password) {

    boolean isSet() {
        return username != null && !username.isBlank() && password != null && !password.isEmpty();
    }

    /** Keeps the password out of anything that prints the configuration. */
    @Override
    public String toString() {
        return "BootstrapAdminProperties[username=" + username + ", password=" + (password == null ? null : "[hidden]")
                + "]";
    }
}
