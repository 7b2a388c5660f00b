package com.hongshu.studio.core.sync;

import java.util.Objects;

/** What a rate limit holds back: the whole app, one platform method, one account, or one account's method. */
public record RateScope(Type type, Long accountId, OperationKind kind) {

    public enum Type { APP, METHOD, ACCOUNT, ACCOUNT_METHOD }

    public RateScope {
        Objects.requireNonNull(type, "type");
        boolean needsAccount = type == Type.ACCOUNT || type == Type.ACCOUNT_METHOD;
        boolean needsKind = type == Type.METHOD || type == Type.ACCOUNT_METHOD;
        if (needsAccount != (accountId != null) || needsKind != (kind != null)) {
            throw new IllegalArgumentException("scope " + type + " with account " + accountId + " kind " + kind);
        }
    }

    public static RateScope app() {
        return new RateScope(Type.APP, null, null);
    }

    public static RateScope method(OperationKind kind) {
        return new RateScope(Type.METHOD, null, kind);
    }

    public static RateScope account(long accountId) {
        return new RateScope(Type.ACCOUNT, accountId, null);
    }

    public static RateScope accountMethod(long accountId, OperationKind kind) {
        return new RateScope(Type.ACCOUNT_METHOD, accountId, kind);
    }

    /** Stable text form, the primary key of the stored limit: {@code app}, {@code method:STOCK}, {@code account:3}, {@code account:3:NOTE_CREATE}. */
    public String key() {
        return switch (type) {
            case APP -> "app";
            case METHOD -> "method:" + kind;
            case ACCOUNT -> "account:" + accountId;
            case ACCOUNT_METHOD -> "account:" + accountId + ":" + kind;
        };
    }

    public static RateScope parse(String key) {
        String[] p = key.split(":");
        return switch (p[0]) {
            case "app" -> app();
            case "method" -> method(OperationKind.valueOf(p[1]));
            case "account" -> p.length == 2 ? account(Long.parseLong(p[1]))
                    : accountMethod(Long.parseLong(p[1]), OperationKind.valueOf(p[2]));
            default -> throw new IllegalArgumentException("rate scope " + key);
        };
    }

    public boolean covers(Operation op) {
        return switch (type) {
            case APP -> true;
            case METHOD -> op.kind() == kind;
            case ACCOUNT -> op.accountId() == accountId;
            case ACCOUNT_METHOD -> op.accountId() == accountId && op.kind() == kind;
        };
    }
}
