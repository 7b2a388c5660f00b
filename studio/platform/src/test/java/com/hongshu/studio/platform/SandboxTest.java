package com.hongshu.studio.platform;

import com.hongshu.studio.sandbox.SandboxConfig;
import com.hongshu.studio.sandbox.SandboxControl;
import com.hongshu.studio.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.hongshu.studio.platform.Notes.*;
import static com.hongshu.studio.platform.Products.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A fresh sandbox per test on an ephemeral loopback port, its database in a temp dir, and a connected client. */
abstract class SandboxTest {
    static final String ACCOUNT = "acc-1";
    static final String SELLER = "seller-1";

    @TempDir
    Path dir;
    SandboxServer sandbox;
    SandboxControl control;
    InMemoryTokenStore tokenStore;
    PlatformClient client;

    @BeforeEach
    void startSandbox() {
        sandbox = SandboxServer.start(config());
        control = sandbox.control();
        tokenStore = new InMemoryTokenStore();
        client = newClient(ACCOUNT, tokenStore);
        client.connect(control.authorizationCode(SELLER));
    }

    SandboxConfig config() {
        return SandboxConfig.forTests(dir.resolve("sandbox.db"));
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    PlatformConfig platformConfig() {
        return PlatformConfig.of(sandbox.baseUrl(), sandbox.appId(), sandbox.appSecret());
    }

    PlatformClient newClient(String account, TokenStore store) {
        return new PlatformClient(platformConfig(), account, store);
    }

    static PlatformException failure(Executable call) {
        return assertThrows(PlatformException.class, call);
    }

    static void assertCategory(PlatformException e, ErrorCategory category, int code) {
        assertThat(e.category()).as(e.getMessage()).isEqualTo(category);
        assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
    }

    CreateItemRequest item(String erpCode) {
        return new CreateItemRequest(
                new ItemSpec("纯棉白色T恤", "cat-101", "tpl-1", List.of(new ImageLink("https://img.invalid/1.jpg")),
                        "舒适透气", "ART-1"),
                List.of(new SkuSpec(9900, 12900, 50, erpCode, "690" + erpCode.hashCode(), List.of(), "48h")));
    }

    CreatedItem createItem(String erpCode) {
        return client.createItemAndSku(item(erpCode), null);
    }

    /** Asks for a permit and uploads {@code count} small images; answers their file references. */
    List<FileRef> uploadImages(int count) {
        UploadPermit permit = client.getUploadPermit("image", count, null);
        List<FileRef> refs = new ArrayList<>();
        for (String fileId : permit.fileIds()) {
            client.upload(fileId, permit.token(), png(4, 3));
            refs.add(new FileRef(fileId));
        }
        return refs;
    }

    CreateNoteRequest note(String title, List<FileRef> images, Long postTime, String clientRef) {
        return new CreateNoteRequest("normal", title, "今天的穿搭分享", images, List.of(new TopicRef("topic-1", "穿搭")),
                List.of(), postTime, PUBLIC, true, null, clientRef);
    }

    CreatedNote createNote(String title) {
        return client.createNote(note(title, uploadImages(1), null, null), null);
    }

    static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
