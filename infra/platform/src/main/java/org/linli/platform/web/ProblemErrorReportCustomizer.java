package org.linli.platform.web;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Puts {@link ProblemErrorReportValve} where Tomcat's ErrorReportValve sits, on the host. Spring
 * Boot offers no setting for this (spring-boot#21257): its own customizer (order 0) adds a plain
 * ErrorReportValve that only hides the server version, so this one runs after it and replaces it,
 * and names the class on the host so that Tomcat does not add its default one at start.
 */
class ProblemErrorReportCustomizer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            Pipeline pipeline = host.getPipeline();
            boolean present = false;
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ProblemErrorReportValve) {
                    present = true;
                } else if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            if (!present) {
                pipeline.addValve(new ProblemErrorReportValve());
            }
            if (host instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return 1;
    }
}
