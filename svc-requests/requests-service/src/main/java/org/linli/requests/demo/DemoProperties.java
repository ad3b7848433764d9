package org.linli.requests.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.lang.Nullable;

/**
 * The demo request generator ({@code linli.demo.*}).
 *
 * @param requests how many demo requests the demo district should have; unset means no demo requests are made
 * @param firstHousehold the first id of the demo district's households (svc-organization's demo generator
 *     numbers them from 1 in a fresh database)
 * @param households how many household ids from there to choose homes among; ids svc-organization does not
 *     know are skipped
 * @param exit stop the JVM (exit code 0) once the requests are there, for {@code ./dev up}
 */
@ConfigurationProperties("linli.demo")
record DemoProperties(
        @Nullable Integer requests,
        @DefaultValue("1") long firstHousehold,
        @DefaultValue("12000") long households,
        @DefaultValue("false") boolean exit) {}
