package com.hongshu.studio.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {

    @TempDir
    Path dir;

    @Test
    void secretsNeverReachTheLogFile() throws Exception {
        FileHandler handler = LogFiles.install(dir);
        try {
            Logger.getLogger("studio.test").severe(
                    "call failed: {\"accessToken\":\"tok-123\",\"appSecret\":\"s3cr3t\",\"sign\":\"abcdef\"} refreshToken=r-9 title=春日穿搭");
            Logger.getLogger("studio.test").log(java.util.logging.Level.WARNING, "boom",
                    new IllegalStateException("Authorization: Bearer-xyz"));
        } finally {
            handler.close();
            Logger.getLogger("").removeHandler(handler);
        }
        String text = Files.readString(dir.resolve("studio-0.log"));
        assertThat(text).contains("call failed", "春日穿搭", "IllegalStateException")
                .doesNotContain("tok-123", "s3cr3t", "abcdef", "r-9", "Bearer-xyz");
    }
}
