package com.hongshu.studio.platform;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** platform.calls_per_s and platform.p99_ms: signed client calls to the sandbox on loopback, 8 threads. */
@Tag("bench")
class PlatformCallsBenchTest extends SandboxTest {
    static final int THREADS = 8;
    static final int CALLS = 40_000;
    static final int WARMUP = 4_000;

    @Test
    void signedCallsOnLoopback() throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
        String skuId = createItem("ERP-BENCH").skuList().get(0).skuId();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            run(pool, skuId, Math.max(THREADS, (int) (WARMUP * scale)));
            int calls = Math.max(THREADS * 10, (int) (CALLS * scale));
            var os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long start = System.nanoTime();
            long[] latencies = run(pool, skuId, calls);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.err.println("cpu us per call: " + (os.getProcessCpuTime() - cpu0) / 1000 / calls);
            Arrays.sort(latencies);
            double p99 = latencies[(int) Math.ceil(latencies.length * 0.99) - 1] / 1e6;
            System.out.println(String.format(Locale.ROOT, "BENCH platform.calls_per_s %.0f calls/s",
                    latencies.length / seconds));
            System.out.println(String.format(Locale.ROOT, "BENCH platform.p99_ms %.2f ms", p99));
        } finally {
            pool.shutdownNow();
        }
    }

    private long[] run(ExecutorService pool, String skuId, int calls) throws Exception {
        int perThread = calls / THREADS;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(pool.submit(() -> {
                go.await();
                long[] own = new long[perThread];
                for (int i = 0; i < perThread; i++) {
                    long t0 = System.nanoTime();
                    assertThat(client.getSkuStock(skuId).skuStock().total()).isEqualTo(50);
                    own[i] = System.nanoTime() - t0;
                }
                return own;
            }));
        }
        go.countDown();
        long[] all = new long[perThread * THREADS];
        int k = 0;
        for (Future<long[]> f : futures) {
            long[] own = f.get(10, TimeUnit.MINUTES);
            System.arraycopy(own, 0, all, k, own.length);
            k += own.length;
        }
        return all;
    }
}
