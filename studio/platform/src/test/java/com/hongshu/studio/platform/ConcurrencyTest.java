package com.hongshu.studio.platform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTest extends SandboxTest {

    @Test
    void twoHundredConcurrentClientsGetNoErrorTheyDidNotAskFor() throws Exception {
        String skuId = createItem("ERP-C").skuList().get(0).skuId();
        int clients = 200;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                long qty = 100 + i;
                results.add(pool.submit(() -> {
                    go.await();
                    client.getCategories();
                    client.syncSkuStock(skuId, qty, null);
                    return client.getSkuStock(skuId).skuStock().total();
                }));
            }
            go.countDown();
            for (Future<Long> f : results) {
                assertThat(f.get(120, TimeUnit.SECONDS)).isBetween(100L, 299L);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(control.calls("common.getCategories")).isEqualTo(clients);
        assertThat(control.calls("inventory.syncSkuStock")).isEqualTo(clients);
    }
}
