package io.selfhealing.rootcause.domain.attribution;

import io.selfhealing.rootcause.domain.Dependency;
import io.selfhealing.rootcause.domain.Endpoint;
import io.selfhealing.rootcause.domain.LineFacts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which declared dependency an error line is about: the place the line names (host and port,
 * host alone when it is not a loopback address, port alone when the line's host is a loopback
 * address or absent) against the places the dependencies' probes declare; else the dependency's id
 * or a name the line quotes ({@code database "orders"}) as a word of the line. Empty when the line
 * names nothing declared: such a line is evidence for a cause only through timing.
 */
public final class Attribution {

    private Attribution() {
    }

    /** The dependency the line is about and why, or empty. */
    public static Optional<Match> of(LineFacts facts, String text, List<Dependency> dependencies) {
        for (Endpoint named : facts.endpoints()) {
            for (Dependency d : dependencies) {
                for (Endpoint declared : d.endpoints()) {
                    String why = same(named, declared);
                    if (why != null) {
                        return Optional.of(new Match(d, why + " " + show(named)));
                    }
                }
            }
        }
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        for (Dependency d : dependencies) {
            String id = d.id().toLowerCase(Locale.ROOT);
            if (facts.names().contains(id) || (id.length() >= 3 && word(id).matcher(lower).find())) {
                return Optional.of(new Match(d, "names " + d.id()));
            }
        }
        return Optional.empty();
    }

    private static String same(Endpoint named, Endpoint declared) {
        boolean portsKnown = named.port() > 0 && declared.port() > 0;
        boolean samePort = portsKnown && named.port() == declared.port();
        boolean sameHost = named.host() != null && named.host().equals(declared.host());
        if (sameHost && (samePort || !portsKnown)) {
            return sameHost && samePort ? "host:port" : "host";
        }
        boolean bothLocal = named.loopback() && (declared.loopback() || declared.host() == null);
        if (samePort && (named.host() == null || bothLocal)) {
            return "port";
        }
        return null;
    }

    private static Pattern word(String id) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])");
    }

    private static String show(Endpoint e) {
        return (e.host() == null ? "" : e.host()) + (e.port() > 0 ? ":" + e.port() : "");
    }

    /** A line attributed to a dependency, with what matched. */
    public record Match(Dependency dependency, String why) {
    }
}
