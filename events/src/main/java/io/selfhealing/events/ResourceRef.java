package io.selfhealing.events;

/**
 * A resource a fix touches. {@code kind} says how to read it:
 * <ul>
 * <li>{@code git-file}: {@code path} relative to the git work tree at {@code location};</li>
 * <li>{@code k8s-configmap}: {@code location} = namespace, {@code path} = {@code <configmap>/<key>};</li>
 * <li>{@code k8s-deployment}: {@code location} = namespace, {@code path} = deployment name
 *     (its replica count and {@code kubectl.kubernetes.io/restartedAt} annotation);</li>
 * <li>{@code http-admin}: {@code location} = the target's declared admin URL, {@code path} = the key.</li>
 * </ul>
 */
public record ResourceRef(String kind, String location, String path) {

    public static final String GIT_FILE = "git-file";
    public static final String K8S_CONFIGMAP = "k8s-configmap";
    public static final String K8S_DEPLOYMENT = "k8s-deployment";
    public static final String HTTP_ADMIN = "http-admin";

    public String describe() {
        return kind + ":" + location + "/" + path;
    }
}
