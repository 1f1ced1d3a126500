package io.selfhealing.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (binaries shipped in a Maven jar, no Docker), with one database per
 * service. User {@code postgres}, trust authentication on loopback.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";

    private final Path dataDir;
    private final int port;
    private final boolean keepData;
    private EmbeddedPostgres postgres;

    /** A throw-away server: its data directory is initialised at start and deleted at close. */
    public EmbeddedDatabase(Path dataDir, int port) {
        this(dataDir, port, false);
    }

    /** With {@code keepData}, an existing data directory is started as it is and kept at close. */
    public EmbeddedDatabase(Path dataDir, int port, boolean keepData) {
        this.dataDir = dataDir;
        this.port = port == 0 ? Ports.free() : port;
        this.keepData = keepData;
    }

    public EmbeddedDatabase start() throws IOException {
        Files.createDirectories(dataDir);
        if (!keepData) {
            deleteData();
        }
        postgres = builder().start();
        return this;
    }

    /**
     * Stops the server and starts it again on the same port with the same data (what a database
     * restart or fail-over looks like to the agents: every connection drops, nothing is lost).
     */
    public EmbeddedDatabase restart() throws IOException {
        return restart(() -> { });
    }

    /** {@link #restart()} running {@code whileDown} between the stop and the start (an outage of that length). */
    public EmbeddedDatabase restart(Runnable whileDown) throws IOException {
        if (postgres != null) {
            postgres.close();
        }
        whileDown.run();
        postgres = builder().start();
        return this;
    }

    /** The data directory is ours to delete (on start and close unless kept), so that a restart can keep it. */
    private EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir.resolve("pgdata"))
                .setOverrideWorkingDirectory(dataDir.resolve("pgwork").toFile())
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "200");
    }

    public int port() {
        return port;
    }

    /** Creates the database if it does not exist yet. */
    public void createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("invalid database name: " + name);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    /** The URL for Quarkus' reactive PostgreSQL client. */
    public String reactiveUrl(String database) {
        return "postgresql://localhost:" + port + "/" + database;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        if (!keepData) {
            deleteData();
        }
    }

    private void deleteData() throws IOException {
        Path data = dataDir.resolve("pgdata");
        if (Files.exists(data)) {
            try (var paths = Files.walk(data)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
