package io.selfhealing.rootcause.domain.attribution;

import io.selfhealing.rootcause.domain.Endpoint;
import io.selfhealing.rootcause.domain.LineFacts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what an error line is about (see {@link LineFacts}) from the ways clients and servers
 * name their peers: URLs, {@code host:port}, urllib3's {@code host='h', port=443}, psycopg's
 * {@code server at "h" (ip), port 5432}, OkHttp's {@code h/ip (port 443)}, Go's {@code lookup h};
 * and which kind of resource a pool or a timeout belongs to, from the client or driver the line
 * names (urllib3's {@code HTTPSConnectionPool} is an HTTP pool, {@code HikariPool} a database one).
 * Patterns are anchored at word starts so that they never fire inside identifiers. Pure.
 */
public final class LineReader {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:jdbc:)?([a-z][a-z0-9+.-]{1,15})://(?:[^@/\\s\"']+@)?"
            + "(\\[[0-9a-f:]+]|[a-z0-9][a-z0-9.-]*)(?::(\\d{1,5}))?");
    private static final Pattern URLLIB3 = Pattern.compile("host='([^']+)', port=(\\d{1,5})");
    private static final Pattern SERVER_AT = Pattern.compile("(?i)\\b(?:server at|host) \"([^\"]+)\"(?: \\([^)]*\\))?"
            + "(?:,? port (\\d{1,5}))?");
    private static final Pattern PORT_IN_PARENS = Pattern.compile("(?i)(?<![\\w.-])([a-z0-9][a-z0-9.-]*[a-z0-9])"
            + "(?:/[0-9a-f.:]+)? \\(port (\\d{1,5})\\)");
    private static final Pattern HOST_PORT = Pattern.compile("(?<![\\w.:-])([A-Za-z0-9][A-Za-z0-9.-]*):(\\d{2,5})"
            + "(?!\\d|[.:]\\d)");
    private static final Pattern NAME_IP_PORT = Pattern.compile("(?i)(?<![\\w.-])([a-z][a-z0-9.-]*)/\\d{1,3}(?:\\.\\d{1,3}){3}"
            + ":(\\d{2,5})");
    private static final Pattern LOOKUP = Pattern.compile("(?i)\\blookup ([a-z0-9][a-z0-9.-]*)|\\bhost not found in "
            + "upstream \"([a-z0-9][a-z0-9.-]*)|\\bgetaddrinfo \\w+ ([a-z0-9][a-z0-9.-]*)|UnknownHostException: "
            + "([a-z0-9][a-z0-9.-]*)");
    private static final Pattern KEYED_NAME = Pattern.compile("(?i)\\b(?:database|db|topic|queue|cache|bucket|table"
            + "|dbname|service)[ =:]+[\"'`]?([a-z0-9][\\w.-]{1,62})");
    private static final Pattern EXCEPTION = Pattern.compile("\\b((?:[a-z_][\\w]*\\.)*[A-Z][\\w$]*"
            + "(?:Exception|Error|Exit|Timeout|Refused))\\b");
    private static final Pattern EXIT = Pattern.compile("(?i)\\bexit(?:ed)?(?: with)?[ _-]?(?:code|status)[ =:]*\\(?(-?\\d{1,3})"
            + "|\\bstatus=(\\d{1,3})/|\\bexitcode[ =:]+(\\d{1,3})");
    private static final Pattern POOL_WAIT = Pattern.compile("(?i)\\bconnection is not available|\\bunable to acquire "
            + "(?:jdbc )?connection|\\bcould not (?:obtain|acquire|get) (?:a )?connection|\\bacquisition timeout"
            + "|\\btimeout waiting for (?:idle object|connection from pool)|\\bQueuePool limit of size"
            + "|\\bpool (?:is )?exhausted|\\bpool\\b.{0,20}\\bexhausted\\b|\\bno (?:available|free|idle) connections?"
            + "|\\bfailed to acquire(?: a)? connection|\\bconnection pool (?:is )?(?:full|exhausted)"
            + "|\\btimed out waiting for (?:a )?(?:free |idle )?connection|\\bpool timed out|\\bacquire connection timeout");
    private static final Pattern HTTP_CLIENT = Pattern.compile("(?i)\\b(?:HTTPS?ConnectionPool|urllib3|requests\\."
            + "exceptions|aiohttp|httpx|okhttp\\w*|HttpClient\\w*|PoolingHttpClient\\w*|ConnectionPoolTimeoutException"
            + "|RestTemplate|WebClient\\w*|feign|axios\\w*|undici|net/http|Client\\.Timeout|ResourceAccessException"
            + "|HttpTimeoutException|HttpConnectTimeoutException|upstream)");
    private static final Pattern DATABASE = Pattern.compile("(?i)\\b(?:hikari\\w*|QueuePool|sqlalchemy|jdbc|psycopg\\w*"
            + "|asyncpg|pgx\\w*|pgconn|database/sql|sql: |pq: |postgres\\w*|psql\\w*|mysql\\w*|mariadb|ora-\\d+|oracle"
            + "|sqlstate|sql\\w*exception|r2dbc|agroal|c3p0|dbcp\\w*|hibernate|datasource|database|mongo\\w*"
            + "|sequelize|prisma|knex|typeorm|OperationalError|SQLTransient\\w*)");
    private static final Pattern REDIS = Pattern.compile("(?i)\\b(?:redis\\w*|jedis\\w*|lettuce|ioredis)");
    private static final Pattern KAFKA = Pattern.compile("(?i)\\b(?:kafka\\w*|sarama|rdkafka|librdkafka"
            + "|broker may not be available)");
    private static final Pattern WEAK_HTTP = Pattern.compile("(?i)\\bhttps?://|\\bHTTP/\\d|\\bupstream\\b");

    public LineFacts read(String text) {
        String t = text == null ? "" : text;
        return new LineFacts(endpoints(t), names(t), all(EXCEPTION, t), exitCodes(t), POOL_WAIT.matcher(t).find(),
                about(t));
    }

    static String about(String t) {
        if (HTTP_CLIENT.matcher(t).find()) {
            return LineFacts.HTTP;
        }
        if (DATABASE.matcher(t).find()) {
            return LineFacts.DATABASE;
        }
        if (REDIS.matcher(t).find()) {
            return LineFacts.REDIS;
        }
        if (KAFKA.matcher(t).find()) {
            return LineFacts.KAFKA;
        }
        return WEAK_HTTP.matcher(t).find() ? LineFacts.HTTP : null;
    }

    private static List<Endpoint> endpoints(String t) {
        Set<Endpoint> found = new LinkedHashSet<>();
        for (Matcher m = URL.matcher(t); m.find();) {
            found.add(new Endpoint(m.group(2), m.group(3) != null ? port(m.group(3)) : defaultPort(m.group(1))));
        }
        for (Matcher m = URLLIB3.matcher(t); m.find();) {
            found.add(new Endpoint(m.group(1), port(m.group(2))));
        }
        for (Matcher m = SERVER_AT.matcher(t); m.find();) {
            found.add(new Endpoint(m.group(1), m.group(2) == null ? 0 : port(m.group(2))));
        }
        for (Matcher m = PORT_IN_PARENS.matcher(t); m.find();) {
            found.add(new Endpoint(m.group(1), port(m.group(2))));
        }
        for (Matcher m = NAME_IP_PORT.matcher(t); m.find();) {
            found.add(new Endpoint(m.group(1), port(m.group(2))));
        }
        for (Matcher m = HOST_PORT.matcher(t); m.find();) {
            if (hostLike(m.group(1))) {
                found.add(new Endpoint(m.group(1), port(m.group(2))));
            }
        }
        for (Matcher m = LOOKUP.matcher(t); m.find();) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    found.add(new Endpoint(m.group(g), 0));
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** A name with a letter (not a time like 10:00) or a dotted IPv4 address. */
    private static boolean hostLike(String h) {
        return h.matches("\\d{1,3}(\\.\\d{1,3}){3}") || (h.chars().anyMatch(Character::isLetter) && !h.contains(".."));
    }

    private static Set<String> names(String t) {
        Set<String> names = new LinkedHashSet<>();
        for (Matcher m = KEYED_NAME.matcher(t); m.find();) {
            names.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static List<Integer> exitCodes(String t) {
        List<Integer> codes = new ArrayList<>();
        for (Matcher m = EXIT.matcher(t); m.find();) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    codes.add(Integer.parseInt(m.group(g)));
                }
            }
        }
        return codes;
    }

    private static List<String> all(Pattern p, String t) {
        List<String> out = new ArrayList<>();
        for (Matcher m = p.matcher(t); m.find();) {
            if (!out.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static int port(String digits) {
        int p = Integer.parseInt(digits);
        return p > 0 && p <= 65535 ? p : 0;
    }

    static int defaultPort(String scheme) {
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            case "postgresql", "postgres" -> 5432;
            case "mysql", "mariadb" -> 3306;
            case "redis", "rediss" -> 6379;
            case "mongodb" -> 27017;
            case "amqp" -> 5672;
            default -> 0;
        };
    }
}
