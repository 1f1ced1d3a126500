package io.selfhealing.fix.service;

import io.selfhealing.fix.config.FixEngineerConfig;
import io.selfhealing.fix.domain.CatalogFile;
import io.selfhealing.fix.domain.FixCatalog;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the fix catalog: {@code healing.fix.catalog-file}, else the built-in one; an invalid catalog fails the start. */
public class CatalogProducer {

    static final String BUILT_IN = "fix-catalog.yaml";

    @Produces
    @Singleton
    FixCatalog catalog(FixEngineerConfig config) {
        try {
            if (config.fix().catalogFile().isPresent()) {
                Path file = Path.of(config.fix().catalogFile().get());
                return CatalogFile.parse(Files.readString(file), file.toString());
            }
            return builtIn();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fix catalog: " + e.getMessage(), e);
        }
    }

    /** The catalog shipped in the jar. */
    public static FixCatalog builtIn() throws IOException {
        try (InputStream in = CatalogProducer.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IOException("resource " + BUILT_IN + " is missing");
            }
            return CatalogFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + BUILT_IN);
        }
    }
}
