package com.hongshu.studio.platform;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An account's tokens as {@code oauth.getAccessToken}/{@code oauth.refreshToken} return them. Times in epoch ms. */
public record TokenSet(@JsonProperty(required = true) String accessToken,
                       @JsonProperty(required = true) long accessTokenExpiresAt,
                       @JsonProperty(required = true) String refreshToken,
                       @JsonProperty(required = true) long refreshTokenExpiresAt,
                       @JsonProperty(required = true) String sellerId,
                       String sellerName) {

    @Override
    public String toString() {
        return "TokenSet[accessToken=***, accessTokenExpiresAt=" + accessTokenExpiresAt
                + ", refreshToken=***, refreshTokenExpiresAt=" + refreshTokenExpiresAt + ", sellerId=" + sellerId
                + ", sellerName=" + sellerName + "]";
    }
}
