package io.selfhealing.detector.service;

import io.selfhealing.common.targets.TargetSpec;
import io.selfhealing.common.targets.TargetsFile;
import io.selfhealing.detector.header.DeclaredFormat;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/** The {@code logFormat} each target of the targets file declares (checked at start: a bad one fails). */
final class DeclaredFormats {

    private static final Logger LOG = Logger.getLogger(DeclaredFormats.class);

    private DeclaredFormats() {
    }

    static Map<String, String> load(Optional<String> targetsFile) {
        Map<String, String> formats = new HashMap<>();
        if (targetsFile.isEmpty() || targetsFile.get().isBlank()) {
            LOG.info("error-detector: no healing.targets-file: every stream's header layout is learned");
            return formats;
        }
        for (TargetSpec t : TargetsFile.load(Path.of(targetsFile.get())).targets()) {
            if (t.logFormat() != null) {
                DeclaredFormat.parse(t.logFormat());
                formats.put(t.id(), t.logFormat());
            }
        }
        LOG.infof("error-detector: declared log formats for %s; other targets' layouts are learned", formats.keySet());
        return formats;
    }
}
