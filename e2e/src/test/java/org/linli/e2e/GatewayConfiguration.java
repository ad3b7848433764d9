package org.linli.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The path patterns in the gateway's configuration: its route predicates and its own rules (public
 * paths, staff-only paths, rate-limit paths). Read from the {@code application.yml} packaged in the
 * gateway's jar, the one the suite runs, and bound with Spring Boot's YAML loader and binder, so that
 * routes and rules added later are read without touching this class.
 *
 * @param unread what cannot be judged by paths alone: predicates other than Path (a Host or Method
 *     predicate changes which route takes a path) and routes without a Path predicate
 */
record GatewayConfiguration(List<Route> routes, List<Located> rules, List<DocsUrl> docsUrls, List<String> unread) {

    private static final String ROUTES = "spring.cloud.gateway.server.webflux.routes";

    /** Where a pattern sits in the configuration, e.g. {@code linli.gateway.staff-only-paths[0]}. */
    record Located(String where, String pattern) {

        boolean matches(String path) {
            return parse(pattern).matches(PathContainer.parsePath(path));
        }

        @Override
        public String toString() {
            return where + ": " + pattern;
        }
    }

    /** A route; only its Path predicates are understood here. */
    record Route(String id, int order, int declared, String service, boolean takesLargeBodies, List<Located> paths) {

        boolean matches(String path) {
            return paths.stream().anyMatch(p -> p.matches(path));
        }
    }

    /** A service and where the gateway passes its whole OpenAPI document through, its docs route. */
    record DocsUrl(String name, String url) {}

    /** The route Spring Cloud Gateway picks for a path: the lowest order, then the first declared. */
    Optional<Route> routeFor(String path) {
        return routes.stream()
                .sorted(Comparator.comparingInt(Route::order).thenComparingInt(Route::declared))
                .filter(route -> route.matches(path))
                .findFirst();
    }

    /** The {@code application.yml} packaged in {@code jar}. */
    static GatewayConfiguration fromJar(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry("BOOT-INF/classes/application.yml");
            if (entry == null) {
                throw new IllegalStateException(jar + " holds no BOOT-INF/classes/application.yml");
            }
            return fromYaml(
                    jar.getFileName() + "!/application.yml",
                    file.getInputStream(entry).readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GatewayConfiguration fromYaml(String name, byte[] yaml) {
        List<PropertySource<?>> sources;
        try {
            sources = new YamlPropertySourceLoader().load(name, new ByteArrayResource(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Binder binder = new Binder(
                ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));
        List<String> unread = new ArrayList<>();
        List<Route> routes = routes(binder, unread);
        return new GatewayConfiguration(routes, rules(binder), docsUrls(binder, routes), List.copyOf(unread));
    }

    /**
     * The services whose documents the gateway merges ({@code linli.gateway.api-docs.services}), each at
     * its docs route's path: {@code /docs/org/v3/api-docs/**} serves the whole document at
     * {@code /docs/org/v3/api-docs} and its groups below it.
     */
    private static List<DocsUrl> docsUrls(Binder binder, List<Route> routes) {
        List<DocsService> services = binder.bind("linli.gateway.api-docs.services", Bindable.listOf(DocsService.class))
                .orElse(List.of());
        List<DocsUrl> docs = new ArrayList<>();
        for (DocsService service : services) {
            Route route = routes.stream()
                    .filter(r -> r.id().equals(service.route()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("linli.gateway.api-docs.services: " + service.name()
                            + "'s docs route " + service.route() + " is not declared"));
            if (route.paths().isEmpty()) {
                throw new IllegalStateException(service.name() + "'s docs route " + route.id() + " has no Path");
            }
            String pattern = route.paths().get(0).pattern();
            docs.add(new DocsUrl(
                    service.name(), pattern.endsWith("/**") ? pattern.substring(0, pattern.length() - 3) : pattern));
        }
        return List.copyOf(docs);
    }

    /** The routes, each with its Path patterns; what cannot be judged by its paths goes to {@code unread}. */
    private static List<Route> routes(Binder binder, List<String> unread) {
        List<RouteProperties> declared =
                binder.bind(ROUTES, Bindable.listOf(RouteProperties.class)).orElse(List.of());
        List<Route> routes = new ArrayList<>();
        for (int r = 0; r < declared.size(); r++) {
            RouteProperties route = declared.get(r);
            String where = ROUTES + "[" + r + "] (" + route.id() + ")";
            List<Located> paths = new ArrayList<>();
            for (int p = 0; p < route.predicates().size(); p++) {
                PredicateProperties predicate = route.predicates().get(p);
                if (!"Path".equals(predicate.name())) {
                    unread.add(where + " predicates[" + p + "]: " + predicate.name());
                    continue;
                }
                for (String arg : predicate.args().values()) {
                    // Path=/a/**,/b/**,false: the optional last argument is matchTrailingSlash
                    if (!arg.equals("true") && !arg.equals("false")) {
                        paths.add(new Located(where + " predicates[" + p + "]", arg));
                    }
                }
            }
            if (paths.isEmpty()) {
                unread.add(where + ": no Path predicate");
            }
            Map<String, String> metadata = route.metadata();
            routes.add(new Route(
                    route.id(),
                    route.order() == null ? 0 : route.order(),
                    r,
                    metadata.get("service"),
                    metadata.containsKey("max-request-size"),
                    List.copyOf(paths)));
        }
        return List.copyOf(routes);
    }

    /** The gateway's own rules, which apply whatever the route: public, staff-only and rate-limit paths. */
    private static List<Located> rules(Binder binder) {
        List<Located> rules = new ArrayList<>();
        for (String list : List.of("linli.gateway.public-paths", "linli.gateway.staff-only-paths")) {
            List<String> patterns =
                    binder.bind(list, Bindable.listOf(String.class)).orElse(List.of());
            for (int i = 0; i < patterns.size(); i++) {
                rules.add(new Located(list + "[" + i + "]", patterns.get(i)));
            }
        }
        String limits = "linli.gateway.rate-limits.paths";
        List<PathLimitProperties> pathLimits =
                binder.bind(limits, Bindable.listOf(PathLimitProperties.class)).orElse(List.of());
        for (int l = 0; l < pathLimits.size(); l++) {
            PathLimitProperties limit = pathLimits.get(l);
            for (int i = 0; i < limit.patterns().size(); i++) {
                String where = limits + "[" + l + "] (" + limit.name() + ") patterns[" + i + "]";
                rules.add(new Located(where, limit.patterns().get(i)));
            }
        }
        return List.copyOf(rules);
    }

    /** As Spring Cloud Gateway's Path predicate and the gateway's PathRules parse them. */
    static PathPattern parse(String pattern) {
        return PathPatternParser.defaultInstance.parse(pattern);
    }

    record RouteProperties(
            String id, Integer order, List<PredicateProperties> predicates, Map<String, String> metadata) {

        RouteProperties {
            predicates = predicates == null ? List.of() : predicates;
            metadata = metadata == null ? Map.of() : metadata;
        }
    }

    /** {@code Path=/a/**,/b/**} (shortcut) or {@code {name: Path, args: {...}}}, as Spring Cloud Gateway reads them. */
    record PredicateProperties(String name, Map<String, String> args) {

        PredicateProperties {
            args = args == null ? Map.of() : args;
        }

        // public: the binder converts a shortcut string through this factory method
        public static PredicateProperties of(String shortcut) {
            int equals = shortcut.indexOf('=');
            if (equals < 0) {
                return new PredicateProperties(shortcut.trim(), Map.of());
            }
            Map<String, String> args = new LinkedHashMap<>();
            String[] values = shortcut.substring(equals + 1).split(",");
            for (int i = 0; i < values.length; i++) {
                args.put("_genkey_" + i, values[i].trim());
            }
            return new PredicateProperties(shortcut.substring(0, equals).trim(), args);
        }
    }

    record DocsService(String name, String route) {}

    record PathLimitProperties(String name, List<String> patterns) {

        PathLimitProperties {
            patterns = patterns == null ? List.of() : patterns;
        }
    }
}
