package org.linli.organization.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.lang.Nullable;

/**
 * @param households how many households the demo district gets; unset means no demo data is made
 * @param exit stop the JVM (exit code 0) once the data is there, for {@code ./dev up} and benchmarks
 */
@ConfigurationProperties("linli.demo")
public record DemoProperties(@Nullable Integer households, @DefaultValue("false") boolean exit) {}
