package org.linli.testing;

import com.redis.testcontainers.RedisContainer;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A Redis server of a test's own, which the test may stop and start again on the same port to prove
 * behaviour while Redis is down. Uses the local {@code redis-server} binary when present, else a
 * Testcontainers Redis that is paused and unpaused.
 */
public final class DisposableRedis implements AutoCloseable {

    private final int port;
    private Process process;
    private RedisContainer container;

    private DisposableRedis(int port) {
        this.port = port;
    }

    public static DisposableRedis start() {
        DisposableRedis redis = new DisposableRedis(freePort());
        redis.up();
        return redis;
    }

    public String url() {
        return container != null ? container.getRedisURI() : "redis://127.0.0.1:" + port;
    }

    /** Brings the server (back) up on the same address. */
    public void up() {
        if (container != null) {
            container
                    .getDockerClient()
                    .unpauseContainerCmd(container.getContainerId())
                    .exec();
            return;
        }
        if (binary() == null) {
            container = new RedisContainer(RedisContainer.DEFAULT_IMAGE_NAME.withTag("7"));
            container.start();
            return;
        }
        try {
            process = new ProcessBuilder(
                            binary().toString(),
                            "--port",
                            String.valueOf(port),
                            "--bind",
                            "127.0.0.1",
                            "--save",
                            "",
                            "--appendonly",
                            "no")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            waitForPort(true);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start redis-server", e);
        }
    }

    /** Takes the server away, as a crash or network cut would. */
    public void down() {
        if (container != null) {
            container
                    .getDockerClient()
                    .pauseContainerCmd(container.getContainerId())
                    .exec();
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        waitForPort(false);
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
        }
        if (container != null) {
            container.stop();
        }
    }

    private void waitForPort(boolean open) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            try (var socket = new Socket("127.0.0.1", port)) {
                if (open) {
                    return;
                }
            } catch (IOException closed) {
                if (!open) {
                    return;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException(
                "redis-server on port " + port + " did not become " + (open ? "ready" : "unreachable"));
    }

    private static Path binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "redis-server");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
