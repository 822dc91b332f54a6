package org.scngraph.launcher;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Launcher configuration, read from environment variables and overridden by command line arguments.
 *
 * <pre>
 * env                       arg                    default
 * EMBEDDED_NEO4J_DIR        --dir PATH             .data/neo4j   (home directory: data/, logs/ live below it)
 * EMBEDDED_NEO4J_PORT       --port N               7687          (0 = any free port; the bound port is reported)
 * EMBEDDED_NEO4J_PAGECACHE  --page-cache SIZE      128m
 * EMBEDDED_NEO4J_TX_MEMORY  --tx-memory SIZE       256m          (dbms.memory.transaction.total.max)
 * EMBEDDED_NEO4J_CONF       --conf FILE            (none)        (extra neo4j.conf-style settings)
 * NEO4J_PASSWORD            (env only)             scn-graph-local  (local development default)
 *                           --exit-on-stdin-eof                  (stop when standard input reaches EOF)
 * </pre>
 *
 * The password is deliberately only accepted from the environment so that it never shows up in a process list.
 */
final class LauncherConfig {
    static final String DEFAULT_DIR = ".data/neo4j";
    static final int DEFAULT_PORT = 7687;
    static final String DEFAULT_PASSWORD = "scn-graph-local";
    static final String DEFAULT_PAGE_CACHE = "128m";
    static final String DEFAULT_TX_MEMORY = "256m";

    final Path homeDir;
    final int port;
    final String password;
    final long pageCacheBytes;
    final long txMemoryBytes;
    final Path extraConfFile;
    final boolean exitOnStdinEof;
    final boolean help;

    private LauncherConfig(
            Path homeDir,
            int port,
            String password,
            long pageCacheBytes,
            long txMemoryBytes,
            Path extraConfFile,
            boolean exitOnStdinEof,
            boolean help) {
        this.homeDir = homeDir;
        this.port = port;
        this.password = password;
        this.pageCacheBytes = pageCacheBytes;
        this.txMemoryBytes = txMemoryBytes;
        this.extraConfFile = extraConfFile;
        this.exitOnStdinEof = exitOnStdinEof;
        this.help = help;
    }

    static LauncherConfig parse(String[] args, Map<String, String> env) {
        String dir = envOr(env, "EMBEDDED_NEO4J_DIR", DEFAULT_DIR);
        String port = envOr(env, "EMBEDDED_NEO4J_PORT", Integer.toString(DEFAULT_PORT));
        String pageCache = envOr(env, "EMBEDDED_NEO4J_PAGECACHE", DEFAULT_PAGE_CACHE);
        String txMemory = envOr(env, "EMBEDDED_NEO4J_TX_MEMORY", DEFAULT_TX_MEMORY);
        String conf = envOr(env, "EMBEDDED_NEO4J_CONF", null);
        String password = env.get("NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            password = DEFAULT_PASSWORD;
        }
        boolean exitOnEof = false;
        boolean help = false;

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--exit-on-stdin-eof":
                    exitOnEof = true;
                    break;
                case "--help":
                case "-h":
                    help = true;
                    break;
                case "--dir":
                case "--port":
                case "--page-cache":
                case "--tx-memory":
                case "--conf":
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("missing value for " + arg);
                        }
                        value = args[++i];
                    }
                    if (arg.equals("--dir")) {
                        dir = value;
                    } else if (arg.equals("--port")) {
                        port = value;
                    } else if (arg.equals("--page-cache")) {
                        pageCache = value;
                    } else if (arg.equals("--tx-memory")) {
                        txMemory = value;
                    } else {
                        conf = value;
                    }
                    break;
                default:
                    throw new IllegalArgumentException("unknown argument: " + args[i] + " (see --help)");
            }
        }

        int portNumber;
        try {
            portNumber = Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid Bolt port: '" + port + "'");
        }
        if (portNumber < 0 || portNumber > 65535) {
            throw new IllegalArgumentException("invalid Bolt port: " + portNumber + " (0 means any free port)");
        }
        if (dir.isBlank()) {
            throw new IllegalArgumentException("empty data directory");
        }
        return new LauncherConfig(
                Path.of(dir).toAbsolutePath().normalize(),
                portNumber,
                password,
                parseBytes(pageCache, "page cache size"),
                parseBytes(txMemory, "transaction memory limit"),
                conf == null || conf.isBlank() ? null : Path.of(conf).toAbsolutePath().normalize(),
                exitOnEof,
                help);
    }

    /** Parses sizes like {@code 128m}, {@code 1g}, {@code 512k}, {@code 1048576} (binary units). */
    static long parseBytes(String text, String what) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.endsWith("ib")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("b") && s.length() > 1 && Character.isLetter(s.charAt(s.length() - 2))) {
            s = s.substring(0, s.length() - 1);
        }
        long multiplier = 1;
        if (!s.isEmpty()) {
            switch (s.charAt(s.length() - 1)) {
                case 'k':
                    multiplier = 1L << 10;
                    break;
                case 'm':
                    multiplier = 1L << 20;
                    break;
                case 'g':
                    multiplier = 1L << 30;
                    break;
                default:
                    multiplier = 1;
            }
            if (multiplier != 1) {
                s = s.substring(0, s.length() - 1).trim();
            }
        }
        try {
            long n = Long.parseLong(s);
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(n, multiplier);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("invalid " + what + ": '" + text + "' (use e.g. 128m or 1g)");
        }
    }

    private static String envOr(Map<String, String> env, String key, String fallback) {
        String v = env.get(key);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    static String usage() {
        return String.join(
                "\n",
                "Usage: java -Xmx768m -jar scn-neo4j-launcher.jar [options]",
                "Starts Neo4j Community Edition (embedded) with Bolt on 127.0.0.1 only.",
                "",
                "  --dir PATH            home/data directory      (env EMBEDDED_NEO4J_DIR, default " + DEFAULT_DIR + ")",
                "  --port N              Bolt port, 0 = any free  (env EMBEDDED_NEO4J_PORT, default " + DEFAULT_PORT + ")",
                "  --page-cache SIZE     page cache size          (env EMBEDDED_NEO4J_PAGECACHE, default "
                        + DEFAULT_PAGE_CACHE + ")",
                "  --tx-memory SIZE      total transaction memory (env EMBEDDED_NEO4J_TX_MEMORY, default "
                        + DEFAULT_TX_MEMORY + ")",
                "  --conf FILE           extra neo4j.conf-style settings (env EMBEDDED_NEO4J_CONF)",
                "  --exit-on-stdin-eof   shut down when standard input is closed (parent died)",
                "",
                "Password of user 'neo4j': env NEO4J_PASSWORD (local default '" + DEFAULT_PASSWORD + "').",
                "",
                "Stdout protocol: exactly one line, either",
                "  NEO4J_READY bolt://127.0.0.1:<port> version=<version> edition=community",
                "or",
                "  NEO4J_FAILED <reason>      (exit code 1)",
                "Everything else goes to stderr or to log files under <dir>/logs.",
                "");
    }
}
