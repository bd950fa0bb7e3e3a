package be.brussels.pan.service.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The harness of issue 16 seen from Java: {@code tools/cluster/cluster.sh} run with ports of its own and a folder
 * under target/, so that the test drives the same cluster a developer starts by hand (the packaged jar, profile
 * postgres, HAProxy from Debian's package).
 */
final class Cluster implements AutoCloseable {

    private static final Path SCRIPT = Path.of("..", "tools", "cluster", "cluster.sh").toAbsolutePath().normalize();

    final int balancer;
    final int[] instances;
    final int stats;
    final Path dir;
    private final String args;

    private Cluster(Path dir, String args) throws IOException {
        int[] ports = freePorts(4);
        this.balancer = ports[0];
        this.instances = new int[] {ports[1], ports[2]};
        this.stats = ports[3];
        this.dir = dir;
        this.args = args;
    }

    /**
     * Starts the cluster, or skips the test outside CI when HAProxy or PostgreSQL is missing on this machine; under
     * {@code CI=true} a missing tool is a failure (.ci/run installs both).
     */
    static Cluster start(String args) throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        boolean haproxy = onPath("haproxy");
        boolean postgres = listening(5432);
        if (!ci) {
            Assumptions.assumeTrue(haproxy, "haproxy is not installed (apt-get install haproxy); CI=true fails instead");
            Assumptions.assumeTrue(postgres, "no PostgreSQL on localhost:5432 (eval \"$(.ci/postgres.sh)\")");
        }
        Path dir = Path.of("target", "cluster-it").toAbsolutePath();
        Files.createDirectories(dir);
        Cluster cluster = new Cluster(dir, args);
        try {
            cluster.run(300, "start");
        } catch (Throwable e) {
            // What did start (instance 1, say) is stopped: no test would stop it otherwise.
            try {
                cluster.close();
            } catch (Throwable stop) {
                e.addSuppressed(stop);
            }
            throw e;
        }
        return cluster;
    }

    String url(int instance) {
        return "http://127.0.0.1:" + instances[instance - 1];
    }

    String balancerUrl() {
        return "http://127.0.0.1:" + balancer;
    }

    /** SIGKILL of instance 1 or 2. */
    void kill(int instance) throws Exception {
        run(30, "kill", String.valueOf(instance));
    }

    /** HAProxy's state of instance 1 or 2 (UP, DOWN, "UP 1/2"...), from its statistics page. */
    String haproxyState(int instance) {
        try {
            var client = java.net.http.HttpClient.newHttpClient();
            String csv = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + stats + "/stats;csv")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            for (String line : csv.split("\n")) {
                String[] f = line.split(",");
                if (f.length > 17 && f[0].equals("instances") && f[1].equals("pan" + instance)) {
                    return f[17];
                }
            }
            return "?";
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    @Override
    public void close() throws Exception {
        run(120, "stop");
    }

    private void run(int seconds, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        line.addAll(List.of(command));
        Path out = dir.resolve("cluster-" + command[0] + ".out");
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().put("PAN_CLUSTER_DIR", dir.toString());
        builder.environment().put("PAN_CLUSTER_PORTS", balancer + " " + instances[0] + " " + instances[1] + " " + stats);
        builder.environment().put("PAN_CLUSTER_ARGS", args);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("cluster.sh " + String.join(" ", command) + " did not end in " + seconds + " s: "
                    + tail(out) + "\nlogs in " + dir);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("cluster.sh " + String.join(" ", command) + " failed (" + process.exitValue() + "): "
                    + tail(out) + "\nlogs in " + dir);
        }
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static boolean onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", command));
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int[] freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }
}
