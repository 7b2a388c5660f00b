package com.hongshu.studio.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The gateway signature. The access token and the business fields are not signed. */
public final class Signer {
    private Signer() {
    }

    /** {@code lowercase hex MD5(method + "?appId=" + appId + "&timestamp=" + timestamp + "&version=" + version + appSecret)}. */
    public static String sign(String method, String appId, long timestamp, String version, String appSecret) {
        String plain = method + "?appId=" + appId + "&timestamp=" + timestamp + "&version=" + version + appSecret;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JDK", e);
        }
    }
}
