package com.hongshu.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondLaunchHandsOverToTheFirstAndTheWorkspaceIsFreeAfterwards() throws Exception {
        CountDownLatch activated = new CountDownLatch(1);
        Optional<InstanceLock> first = InstanceLock.acquire(dir, activated::countDown);
        assertThat(first).isPresent();

        Optional<InstanceLock> second = InstanceLock.acquire(dir, () -> { });

        assertThat(second).isEmpty();
        assertThat(activated.await(10, TimeUnit.SECONDS)).isTrue();
        first.get().close();
        assertThat(dir.resolve(InstanceLock.ADDRESS_FILE)).doesNotExist();
        Optional<InstanceLock> third = InstanceLock.acquire(dir, () -> { });
        assertThat(third).isPresent();
        third.get().close();
    }

    @Test
    void secondStudioProcessBringsTheRunningOneToTheFront() throws Exception {
        Path out = Files.createTempFile(dir, "first", ".out");
        Process first = JavaFxProcess.start(out, Main.class, "--data-dir", dir.resolve("ws").toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(dir.resolve("ws").resolve(InstanceLock.ADDRESS_FILE)) && System.nanoTime() < deadline) {
                assertThat(first.isAlive()).as("first studio is running").isTrue();
                Thread.onSpinWait();
            }
            JavaFxProcess.Run second = JavaFxProcess.run(Main.class, "--data-dir", dir.resolve("ws").toString(),
                    "--quit-after-startup");
            assertThat(second.exit()).isZero();
            assertThat(second.out()).contains("handed_over=").doesNotContain("startup_ms=");
            while (!Files.readString(out).contains("instance_activated") && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(Files.readString(out)).contains("instance_activated");
        } finally {
            first.destroy();
            first.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
