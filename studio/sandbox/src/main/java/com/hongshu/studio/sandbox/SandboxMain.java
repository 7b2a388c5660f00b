package com.hongshu.studio.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox on its own until interrupted. Options: {@code --port N} (default 18080), {@code --db FILE}
 * (default ~/.hongshu-studio/sandbox.db), {@code --limits off}; or system properties {@code sandbox.port},
 * {@code sandbox.db}.
 */
public final class SandboxMain {
    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("sandbox.port", 18080);
        Path db = Path.of(System.getProperty("sandbox.db",
                Path.of(System.getProperty("user.home"), ".hongshu-studio", "sandbox.db").toString()));
        boolean limits = true;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--db" -> db = Path.of(args[i + 1]);
                case "--limits" -> limits = !args[i + 1].equals("off");
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (db.getParent() != null) Files.createDirectories(db.getParent());
        SandboxConfig config = SandboxConfig.defaults(db).withPort(port);
        if (!limits) config = config.withRateLimits(0, 0);
        SandboxServer server = SandboxServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        // Printing the secret is the point of this command: it is a local, throw-away sandbox credential.
        System.out.println("Hongshu sandbox running");
        System.out.println("  base URL : " + server.baseUrl());
        System.out.println("  appId    : " + server.appId());
        System.out.println("  appSecret: " + server.appSecret());
        System.out.println("  database : " + db.toAbsolutePath());
        System.out.println("  authorize: " + server.baseUrl() + "/ark/authorization?appId=" + server.appId()
                + "&redirectUri=http://127.0.0.1:<port>/callback&state=x");
        System.out.println("Press Ctrl+C to stop.");
        stopped.await();
    }
}
