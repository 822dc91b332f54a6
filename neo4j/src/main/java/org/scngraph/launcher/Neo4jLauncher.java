package org.scngraph.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.dbms.api.DatabaseNotFoundException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.internal.Version;
import org.neo4j.logging.log4j.Log4jLogProvider;
import org.neo4j.server.configuration.ServerSettings;

/**
 * Starts Neo4j Community Edition embedded in this JVM with only the Bolt connector enabled (127.0.0.1), auth on.
 *
 * <p>Stdout carries exactly one protocol line: {@code NEO4J_READY bolt://127.0.0.1:<port> version=<v>
 * edition=community} or {@code NEO4J_FAILED <reason>} (then exit code 1). Everything else that would be
 * printed to {@code System.out} is redirected to stderr; Neo4j's own logs are files under {@code <dir>/logs}.
 */
public final class Neo4jLauncher {
    static final String LISTEN_HOST = "127.0.0.1";
    static final String USER = "neo4j";

    /** The real stdout; only protocol lines are written here. */
    private static PrintStream protocol;

    private static final Object SERVICE_LOCK = new Object();
    private static DatabaseManagementService service;
    private static Log4jLogProvider userLog;
    private static final CountDownLatch STARTUP_FINISHED = new CountDownLatch(1);
    private static final AtomicBoolean SHUTTING_DOWN = new AtomicBoolean();
    private static final AtomicBoolean PROTOCOL_LINE_WRITTEN = new AtomicBoolean();

    private Neo4jLauncher() {}

    public static void main(String[] args) {
        protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        // Anything a library prints to System.out must not corrupt the protocol.
        System.setOut(System.err);
        defaultSystemProperties();

        LauncherConfig config;
        try {
            config = LauncherConfig.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            fail(e.getMessage(), null);
            return;
        }
        if (config.help) {
            System.err.print(LauncherConfig.usage());
            System.exit(0);
            return;
        }

        installShutdownHandling();
        if (config.exitOnStdinEof) {
            watchStdin();
        }

        try {
            String readyLine = start(config);
            if (SHUTTING_DOWN.get()) {
                // A stop request arrived while starting: the shutdown hook takes care of the rest.
                STARTUP_FINISHED.countDown();
                return;
            }
            STARTUP_FINISHED.countDown();
            if (PROTOCOL_LINE_WRITTEN.compareAndSet(false, true)) {
                protocol.println(readyLine);
                protocol.flush();
            }
            System.err.println("[scn-neo4j] ready; data in " + config.homeDir + ", logs in " + config.homeDir.resolve("logs"));
        } catch (Throwable t) {
            STARTUP_FINISHED.countDown();
            fail(describe(t), t);
            return;
        }
        // Keep the main thread (and so the JVM) alive until a shutdown is requested; System.exit ends it.
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the DBMS, makes sure the password is right, probes Bolt and returns the READY line. */
    private static String start(LauncherConfig config) throws Exception {
        Path home = config.homeDir;
        Files.createDirectories(home);
        Path logs = home.resolve("logs");
        Files.createDirectories(logs);

        // Neo4j's user log (what the server would print to its console / neo4j.log) goes to a file.
        OutputStream userLogStream = Files.newOutputStream(
                logs.resolve("neo4j.log"),
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        userLog = new Log4jLogProvider(userLogStream);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home).setUserLogProvider(userLog);
        configure(builder, config);

        DatabaseManagementService dbms = builder.build();
        synchronized (SERVICE_LOCK) {
            service = dbms;
        }
        if (SHUTTING_DOWN.get()) {
            return "";
        }

        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        ensurePassword(system, config.password);

        int port = boundBoltPort(system, config.port);
        BoltProbe.awaitBolt(LISTEN_HOST, port, Duration.ofSeconds(20));

        String[] versionAndEdition = versionAndEdition(system);
        // Wait for the default database too, so the first client query does not race its startup.
        try {
            if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(TimeUnit.SECONDS.toMillis(60))) {
                System.err.println("[scn-neo4j] warning: database 'neo4j' is not available after 60 s");
            }
        } catch (DatabaseNotFoundException e) {
            // another default database was configured (--conf); nothing to wait for
        }

        return "NEO4J_READY bolt://" + LISTEN_HOST + ":" + port + " version=" + versionAndEdition[0] + " edition="
                + versionAndEdition[1];
    }

    /**
     * All settings, sized for a small (2 core) machine that also runs the test suite. Later calls win, so the
     * optional user file is loaded between our defaults and the settings that must not be changed (listen
     * address, connectors, auth).
     */
    private static void configure(DatabaseManagementServiceBuilder b, LauncherConfig c) {
        // --- memory -------------------------------------------------------------------------------------
        // Page cache (off heap) small: the SCN graph is tiny; default would be 50% of RAM minus heap.
        b.setConfig(GraphDatabaseSettings.pagecache_memory, c.pageCacheBytes);
        // Upper bound for the heap used by all running transactions together: an accidental huge query fails
        // with a MemoryLimitExceeded error instead of driving the (768m) heap into OutOfMemoryError.
        b.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, c.txMemoryBytes);
        b.setConfig(GraphDatabaseSettings.memory_tracking, true);
        // (Transaction state stays on heap, the 5.26 default, so the limit above covers it.)
        // Query plan cache: default 1000 entries per database; fewer is plenty for a GraphQL API.
        b.setConfig(GraphDatabaseSettings.query_cache_size, 200);

        // --- disk: keep data directories small ------------------------------------------------------------
        // Keep only the two newest transaction log files (pruned at checkpoints) ...
        b.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files");
        // ... which rotate at 16 MiB (default 256 MiB) and are not preallocated to that size.
        b.setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 16L * 1024 * 1024);
        b.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false);
        b.setConfig(GraphDatabaseSettings.preallocate_store_files, false);
        // Checkpoint (which prunes logs) after at most 5 min or 64 MiB of log, not 15 min / 250 MiB.
        b.setConfig(GraphDatabaseSettings.check_point_interval_time, Duration.ofMinutes(5));
        b.setConfig(GraphDatabaseSettings.check_point_interval_volume, 64L * 1024 * 1024);
        // No query log files (they grow quickly under tests and benchmarks).
        b.setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF);

        // --- threads ----------------------------------------------------------------------------------------
        // Bolt worker threads are created on demand (one per active connection/transaction); keep a modest
        // cap instead of 400 and only a couple of idle ones.
        b.setConfig(BoltConnector.thread_pool_min_size, 2);
        b.setConfig(BoltConnector.thread_pool_max_size, 100);
        // server.threads.worker_count sizes the HTTP (Jetty) worker pool; HTTP is off, keep it tiny anyway.
        b.setConfig(ServerSettings.webserver_max_threads, 4);
        // No inotify watcher thread per database.
        b.setConfig(GraphDatabaseSettings.filewatcher_enabled, false);

        // Stop fast: Netty's graceful shutdown quiet period (default 5 s, spent twice) only delays exit; the
        // databases are already closed when the Bolt server stops.
        b.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        b.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5));

        // --- misc ---------------------------------------------------------------------------------------------
        // No usage reports to the outside world.
        b.setConfig(GraphDatabaseSettings.udc_enabled, false);
        // LOAD CSV FROM 'file:///...' may only read <dir>/import (embedded default: the whole home dir).
        b.setConfig(GraphDatabaseSettings.load_csv_file_url_root, c.homeDir.resolve("import"));

        if (c.extraConfFile != null) {
            b.loadPropertiesFromFile(c.extraConfFile);
        }

        // --- network & security (not overridable) ------------------------------------------------------------
        b.setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(LISTEN_HOST));
        b.setConfig(BoltConnector.enabled, true);
        b.setConfig(BoltConnector.listen_address, new SocketAddress(LISTEN_HOST, c.port));
        b.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        b.setConfig(HttpConnector.enabled, false);
        b.setConfig(HttpsConnector.enabled, false);
        // Server-side routing would open a second (routing) connector on port 7688.
        b.setConfig(GraphDatabaseSettings.routing_enabled, false);
        b.setConfig(GraphDatabaseSettings.auth_enabled, true);
    }

    /** Sets the neo4j user's password to the configured one, without a forced change; works on existing dirs. */
    static void ensurePassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            return;
        } catch (QueryExecutionException e) {
            String msg = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (msg.contains("cannot be the same")) {
                // Already the configured password; just make sure no change is required.
                system.executeTransactionally("ALTER USER " + USER + " SET PASSWORD CHANGE NOT REQUIRED");
                return;
            }
            if (msg.contains("does not exist")) {
                system.executeTransactionally(
                        "CREATE USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
                return;
            }
            throw new IllegalStateException("could not set the password of user '" + USER + "': " + e.getMessage(), e);
        }
    }

    private static int boundBoltPort(GraphDatabaseService db, int configured) {
        ConnectorPortRegister ports =
                ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        HostnamePort address = ports.getLocalAddress(ConnectorType.BOLT);
        if (address == null) {
            if (configured != 0) {
                return configured;
            }
            throw new IllegalStateException("Bolt connector did not register a listen address");
        }
        return address.getPort();
    }

    private static String[] versionAndEdition(GraphDatabaseService system) {
        String version = Version.getNeo4jVersion();
        String edition = "community";
        try {
            Object[] found = system.executeTransactionally(
                    "CALL dbms.components() YIELD name, versions, edition RETURN versions, edition",
                    Map.of(),
                    result -> {
                        if (!result.hasNext()) {
                            return null;
                        }
                        Map<String, Object> row = result.next();
                        return new Object[] {row.get("versions"), row.get("edition")};
                    });
            if (found != null) {
                if (found[0] instanceof List<?> && !((List<?>) found[0]).isEmpty()) {
                    version = String.valueOf(((List<?>) found[0]).get(0));
                }
                if (found[1] != null) {
                    edition = String.valueOf(found[1]).toLowerCase(java.util.Locale.ROOT);
                }
            }
        } catch (RuntimeException e) {
            System.err.println("[scn-neo4j] dbms.components() failed, using the kernel version: " + e);
        }
        return new String[] {version, edition};
    }

    // --- lifecycle ----------------------------------------------------------------------------------------------

    private static void installShutdownHandling() {
        Runtime.getRuntime().addShutdownHook(new Thread(Neo4jLauncher::shutdownNow, "scn-neo4j-shutdown"));
        // Turn SIGTERM/SIGINT into System.exit(0) so a clean stop exits with code 0 (not 143/130).
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> requestExit("SIG" + name));
            } catch (Throwable e) {
                // Not fatal: the JVM still runs the shutdown hook on the signal.
                System.err.println("[scn-neo4j] cannot handle SIG" + name + ": " + e);
            }
        }
    }

    private static void watchStdin() {
        Thread watcher = new Thread(
                () -> {
                    byte[] buffer = new byte[256];
                    InputStream in = System.in;
                    try {
                        while (in.read(buffer) >= 0) {
                            // ignore input; we only care about EOF
                        }
                    } catch (IOException e) {
                        // treat a broken stdin like EOF
                    }
                    requestExit("stdin EOF");
                },
                "scn-neo4j-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void requestExit(String why) {
        System.err.println("[scn-neo4j] " + why + ": shutting down");
        // System.exit runs the shutdown hook (which stops Neo4j) and must not run on a thread the hook waits for.
        Thread exit = new Thread(() -> System.exit(0), "scn-neo4j-exit");
        exit.setDaemon(false);
        exit.start();
    }

    private static void shutdownNow() {
        SHUTTING_DOWN.set(true);
        try {
            // If we are still starting, let start-up finish (bounded) so we can shut down cleanly.
            STARTUP_FINISHED.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        DatabaseManagementService dbms;
        synchronized (SERVICE_LOCK) {
            dbms = service;
            service = null;
        }
        if (dbms != null) {
            long t0 = System.nanoTime();
            try {
                dbms.shutdown();
                System.err.printf(
                        "[scn-neo4j] Neo4j stopped in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            } catch (Throwable t) {
                System.err.println("[scn-neo4j] error during shutdown: " + t);
                t.printStackTrace(System.err);
            }
        }
        Log4jLogProvider log = userLog;
        if (log != null) {
            try {
                log.close();
            } catch (Throwable ignored) {
                // best effort
            }
        }
    }

    private static void fail(String reason, Throwable cause) {
        if (cause != null) {
            System.err.println("[scn-neo4j] start-up failed:");
            cause.printStackTrace(System.err);
        }
        if (PROTOCOL_LINE_WRITTEN.compareAndSet(false, true)) {
            protocol.println("NEO4J_FAILED " + oneLine(reason));
            protocol.flush();
        }
        System.exit(1);
    }

    /** The exception chain as one sentence, leaving out causes that only repeat an earlier message. */
    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        Throwable current = t;
        for (int depth = 0; current != null && depth < 8; depth++) {
            String message = current.getMessage();
            if (message == null || message.isBlank()) {
                if (sb.length() == 0) {
                    sb.append(current.getClass().getSimpleName());
                }
            } else if (sb.indexOf(message.strip()) < 0) {
                if (sb.length() > 0) {
                    sb.append(" <- caused by ");
                }
                sb.append(current.getClass().getSimpleName()).append(": ").append(message.strip());
            }
            if (current.getCause() == current) {
                break;
            }
            current = current.getCause();
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        String flat = s == null ? "unknown error" : s.replaceAll("\\s+", " ").trim();
        return flat.length() > 2000 ? flat.substring(0, 2000) + "..." : flat;
    }

    /** Properties Neo4j's own launcher passes on the command line; set here so `java -jar` alone is enough. */
    private static void defaultSystemProperties() {
        setIfAbsent("log4j2.disable.jmx", "true");
        // Our shutdown hook stops Neo4j, which still logs while stopping: log4j must not close first.
        setIfAbsent("log4j.shutdownHookEnabled", "false");
        setIfAbsent("log4j2.shutdownHookEnabled", "false");
        setIfAbsent("io.netty.tryReflectionSetAccessible", "true");
        setIfAbsent("jdk.nio.maxCachedBufferSize", "1024");
        setIfAbsent("jol.skipHotspotSAAttach", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
