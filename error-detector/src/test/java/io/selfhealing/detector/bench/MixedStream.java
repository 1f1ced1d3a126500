package io.selfhealing.detector.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic mixed stream for throughput figures: the raw lines of every Loghub sample in a
 * folder (ten real systems, mostly INFO) interleaved with application lines of the formats the
 * detector categorises (Java, Python, Go, Node, nginx, JSON), about one in five an error.
 */
final class MixedStream {

    private static final String[] APP = {
        "2026-01-05 10:00:%02d,331 ERROR [worker-%d] i.s.demo.Worker - upstream call failed: 429 Too Many Requests",
        "2026-01-05 10:00:%02d,120 INFO  [worker-%d] i.s.demo.Worker - Processed batch of 10 items in 3 ms",
        "2026-01-05 10:00:%02d WARN  c.e.Db - Connection to 10.0.0.%d:5432 refused",
        "{\"ts\":\"2026-01-05T10:00:%02dZ\",\"level\":\"error\",\"msg\":\"request %d failed\",\"err\":\"ETIMEDOUT\"}",
        "10.0.0.1 - - [05/Jan/2026:10:00:%02d +0000] \"GET /api/items/%d HTTP/1.1\" 200 169 \"-\" \"curl/8.0\"",
        "10.0.0.1 - - [05/Jan/2026:10:00:%02d +0000] \"GET /api/items/%d HTTP/1.1\" 502 157 \"-\" \"curl/8.0\"",
        "time=\"2026-01-05T10:00:%02dZ\" level=error msg=\"dial tcp: lookup api-%d.internal: no such host\"",
        "ERROR:app.jobs:job %02d-%d failed: ValueError: invalid literal for int()",
    };

    private MixedStream() {
    }

    static List<String> load(Path loghub, int appLines) throws IOException {
        List<String> lines = new ArrayList<>();
        try (var systems = Files.list(loghub)) {
            for (Path dir : systems.filter(Files::isDirectory).sorted().toList()) {
                Path log = dir.resolve(dir.getFileName() + "_2k.log");
                if (Files.exists(log)) {
                    Files.readAllLines(log, StandardCharsets.UTF_8).forEach(l -> lines.add(l.strip()));
                }
            }
        }
        Random random = new Random(42);
        for (int i = 0; i < appLines; i++) {
            String format = APP[random.nextInt(APP.length)];
            lines.add(random.nextInt(lines.size() + 1), String.format(format, i % 60, random.nextInt(1000)));
        }
        return lines;
    }
}
