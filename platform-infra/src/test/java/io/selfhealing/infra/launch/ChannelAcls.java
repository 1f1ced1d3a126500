package io.selfhealing.infra.launch;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an agent does on Kafka, read from its channel configuration (its application.properties over
 * agent-common's defaults): the topics its incoming channels read ({@code topic}, or a {@code topics}
 * list), the topics its outgoing channels write, healing.dlq when an incoming channel's failure strategy dead-letters, and the consumer
 * groups (a channel's group.id, else the application name; a {@code ${...}} suffix makes a prefix).
 */
record ChannelAcls(Set<String> reads, Set<String> writes, Set<String> groups, Set<String> groupPrefixes) {

    private static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.topics?");
    private static final String CONNECTOR = "mp.messaging.connector.smallrye-kafka.";

    static ChannelAcls of(String agent) throws IOException {
        Properties common = load(RenderedOverlays.ROOT
                .resolve("agent-common/src/main/resources/META-INF/microprofile-config.properties"));
        Properties own = load(RenderedOverlays.ROOT.resolve(agent).resolve("src/main/resources/application.properties"));
        ChannelAcls acls = new ChannelAcls(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        for (String key : own.stringPropertyNames()) {
            Matcher m = CHANNEL.matcher(key);
            if (!m.matches()) {
                continue;
            }
            List<String> topics = Arrays.stream(own.getProperty(key).split(",")).map(String::strip).toList();
            if (m.group(1).equals("outgoing")) {
                acls.writes.addAll(topics);
                continue;
            }
            String channel = "mp.messaging.incoming." + m.group(2) + ".";
            acls.reads.addAll(topics);
            String group = own.getProperty(channel + "group.id", own.getProperty("quarkus.application.name"));
            if (group.contains("${")) {
                acls.groupPrefixes.add(group.substring(0, group.indexOf("${")));
            } else {
                acls.groups.add(group);
            }
            String strategy = own.getProperty(channel + "failure-strategy", common.getProperty(CONNECTOR + "failure-strategy"));
            if ("dead-letter-queue".equals(strategy)) {
                acls.writes.add(own.getProperty(channel + "dead-letter-queue.topic",
                        common.getProperty(CONNECTOR + "dead-letter-queue.topic")));
            }
        }
        return acls;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        return p;
    }
}
