package io.selfhealing.common.targets;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates the targets YAML file:
 * <pre>
 * targets:
 *   - id: demo-target
 *     type: http
 *     probe: {url: "http://localhost:8090/q/health/ready", intervalSeconds: 5, timeoutMs: 2000}
 *     logs: [/var/log/demo-target.log]
 *     config: {repository: /srv/config, file: demo-target.properties, push: false}
 *     dependsOn: [orders-db]
 *     kubernetes:                  # optional: objects fix-engineer may patch, restart or scale
 *       namespace: shop            # required when kubernetes is given
 *       deployment: demo-target    # restart (restartedAt annotation) and scale act on it
 *       configMap: demo-target-config   # its keys hold tunables (patched one key at a time)
 *       minReplicas: 1             # scaling never goes below (default 1) ...
 *       maxReplicas: 4             # ... or above (no maxReplicas: never scaled)
 *     admin:                       # optional: the ONLY URL an HTTP fix may call for this target
 *       url: "http://localhost:8090/admin/tunables"
 *       method: POST               # POST (default) or PUT
 *       bodyTemplate: '{"key":"${key}","value":"${value}"}'   # the default; values are JSON-escaped
 *     logFormat: "<Date> <Time> <Level> <Component>: <Content>"   # optional, for error-detector: the
 *                                  # header layout (Loghub style, a regex with (?&lt;content&gt;...), or json);
 *                                  # without it the detector learns each stream's layout
 * </pre>
 * {@code config.file} may be a properties, YAML ({@code .yaml}/{@code .yml}) or {@code .env} file.
 * A bad file fails with a message that names the target and the field.
 */
public final class TargetsFile {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final List<TargetSpec> targets;

    private TargetsFile(List<TargetSpec> targets) {
        this.targets = List.copyOf(targets);
    }

    public static TargetsFile load(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("targets file " + path + " does not exist");
        }
        try {
            return parse(Files.readString(path));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read targets file " + path + ": " + e.getMessage(), e);
        }
    }

    public static TargetsFile parse(String yaml) {
        Document doc;
        try {
            doc = YAML.readValue(yaml, Document.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("invalid targets YAML: " + e.getOriginalMessage(), e);
        }
        List<TargetSpec> list = doc == null || doc.targets() == null ? List.of() : doc.targets();
        validate(list);
        return new TargetsFile(list);
    }

    public List<TargetSpec> targets() {
        return targets;
    }

    public Optional<TargetSpec> find(String id) {
        return targets.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static void validate(List<TargetSpec> list) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            TargetSpec t = list.get(i);
            if (t.id() == null || !ID.matcher(t.id()).matches()) {
                throw new IllegalArgumentException("targets[" + i + "].id must match " + ID + ", was " + t.id());
            }
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException("duplicate target id " + t.id());
            }
            if (t.type() == null || t.type().isBlank()) {
                throw new IllegalArgumentException("target " + t.id() + ": type is required");
            }
            if (t.config() != null && (t.config().repository() == null || t.config().file() == null)) {
                throw new IllegalArgumentException("target " + t.id() + ": config needs repository and file");
            }
            validateKubernetes(t);
            validateAdmin(t);
            validateLogFormat(t);
        }
        for (TargetSpec t : list) {
            for (String dep : t.dependsOn()) {
                if (!ids.contains(dep)) {
                    throw new IllegalArgumentException("target " + t.id() + " depends on unknown target " + dep);
                }
            }
        }
    }

    private static void validateKubernetes(TargetSpec t) {
        TargetSpec.KubernetesLocation k = t.kubernetes();
        if (k == null) {
            return;
        }
        if (k.namespace() == null || !NAME.matcher(k.namespace()).matches()) {
            throw new IllegalArgumentException("target " + t.id() + ": kubernetes.namespace must match " + NAME
                    + ", was " + k.namespace());
        }
        for (String name : new String[] {k.deployment(), k.configMap()}) {
            if (name != null && !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("target " + t.id() + ": kubernetes object name " + name
                        + " must match " + NAME);
            }
        }
        int min = k.minReplicas() == null ? 1 : k.minReplicas();
        if (min < 0 || (k.maxReplicas() != null && k.maxReplicas() < min)) {
            throw new IllegalArgumentException("target " + t.id() + ": kubernetes needs 0 <= minReplicas <= maxReplicas, was "
                    + k.minReplicas() + ".." + k.maxReplicas());
        }
    }

    private static void validateAdmin(TargetSpec t) {
        TargetSpec.AdminEndpoint a = t.admin();
        if (a == null) {
            return;
        }
        java.net.URI uri;
        try {
            uri = a.url() == null ? null : new java.net.URI(a.url());
        } catch (java.net.URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("target " + t.id() + ": admin.url must be an absolute http(s) URL, was "
                    + a.url());
        }
        if (!List.of("POST", "PUT").contains(a.methodOrDefault())) {
            throw new IllegalArgumentException("target " + t.id() + ": admin.method must be POST or PUT, was " + a.method());
        }
    }

    private static void validateLogFormat(TargetSpec t) {
        String f = t.logFormat();
        if (f == null) {
            return;
        }
        if (!f.strip().equalsIgnoreCase("json") && !f.contains("<Content>") && !f.contains("(?<content>")) {
            throw new IllegalArgumentException("target " + t.id() + ": logFormat needs <Content>, a (?<content>...) "
                    + "group or json, was " + f);
        }
        try {
            java.util.regex.Pattern.compile(f.contains("(?<content>") ? f : f.replaceAll("<[A-Za-z][A-Za-z0-9_]*>", ".*?"));
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("target " + t.id() + ": logFormat is not a valid pattern: "
                    + e.getDescription(), e);
        }
    }

    private record Document(List<TargetSpec> targets) {
    }
}
