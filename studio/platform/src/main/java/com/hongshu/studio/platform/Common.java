package com.hongshu.studio.platform;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** Reference data and composer suggestions: common.*, topic.search, user.searchAts. */
public final class Common {
    private Common() {
    }

    public record Category(@JsonProperty(required = true) String id, @JsonProperty(required = true) String name,
                           String parentId, @JsonProperty("isLeaf") boolean leaf) {
    }

    public record Categories(@JsonProperty(required = true) List<Category> categories) {
    }

    public record CarriageTemplate(@JsonProperty(required = true) String id, String name) {
    }

    public record CarriageTemplates(@JsonProperty(required = true) List<CarriageTemplate> carriageTemplates) {
    }

    public record Logistics(@JsonProperty(required = true) String code, String name) {
    }

    public record LogisticsList(@JsonProperty(required = true) List<Logistics> logisticsList) {
    }

    public record ForbiddenKeywordCheck(String text) {
    }

    public record ForbiddenKeywords(@JsonProperty(required = true) List<String> forbiddenKeywords) {
    }

    public record KeywordQuery(String keyword) {
    }

    public record Topic(@JsonProperty(required = true) String id, @JsonProperty(required = true) String name,
                        long viewCount) {
    }

    public record Topics(@JsonProperty(required = true) List<Topic> topics) {
    }

    public record AtUser(@JsonProperty(required = true) String userId, String nickname) {
    }

    public record AtUsers(@JsonProperty(required = true) List<AtUser> users) {
    }
}
