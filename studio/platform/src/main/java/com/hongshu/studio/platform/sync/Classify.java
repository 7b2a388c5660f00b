package com.hongshu.studio.platform.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.hongshu.studio.core.sync.Outcome;
import com.hongshu.studio.platform.PlatformException;

/** A classified platform failure as the engine's {@link Outcome}. */
final class Classify {

    private static final System.Logger LOG = System.getLogger(Classify.class.getName());

    private Classify() {
    }

    static String code(PlatformException e) {
        if (e.code() != 0) {
            return String.valueOf(e.code());
        }
        return e.httpStatus() != 0 ? "http-" + e.httpStatus() : "transport";
    }

    /** {@code withPostTime}: the call was a note create carrying a native {@code postTime}. */
    static Outcome outcome(PlatformException e, boolean withPostTime) {
        String code = code(e);
        // The platform's own words: they are shown to the user (the code is kept apart, the log has the whole call).
        String message = e.platformMessage();
        LOG.log(System.Logger.Level.INFO, e.getMessage());
        return switch (e.category()) {
            case RETRYABLE -> new Outcome.RetryableNotExecuted(code, message, e.retryAfter().orElse(null));
            // The client already refreshed once; a second refusal was still refused before anything ran.
            case AUTH -> new Outcome.RetryableNotExecuted(code, message, null);
            case NEEDS_USER -> new Outcome.AuthNeedsUser(code, message);
            case RATE_LIMITED -> new Outcome.RateLimited(code, scope(e.code()), e.retryAfter().orElse(null), null);
            case VALIDATION -> switch (e.code()) {
                case 2006 -> withPostTime ? new Outcome.PostTimeRefused(code, message)
                        : new Outcome.Validation(code, message);
                case 2008, 2010 -> new Outcome.MediaInvalid(code, message);
                default -> new Outcome.Validation(code, message);
            };
            case CONFLICT -> switch (e.code()) {
                case 1401 -> new Outcome.ConflictBug(code, message);
                case 1402 -> new Outcome.RetryableNotExecuted(code, message, e.retryAfter().orElse(null));
                case 3003 -> existing(e).<Outcome>map(Outcome.AlreadyExists::new)
                        .orElseGet(() -> new Outcome.UnknownOutcome(code, message));
                default -> new Outcome.Validation(code, message);
            };
            case NOT_FOUND -> new Outcome.Validation(code, message);
            case UNKNOWN_OUTCOME -> new Outcome.UnknownOutcome(code, message);
            case PLATFORM_CHANGED -> new Outcome.PlatformChanged(code, message);
            case RISK_CONTROL -> new Outcome.RiskControl(code, message);
        };
    }

    private static Outcome.RateLimited.Scope scope(int code) {
        return switch (code) {
            case 1202 -> Outcome.RateLimited.Scope.METHOD;
            case 1203 -> Outcome.RateLimited.Scope.ACCOUNT_METHOD;
            default -> Outcome.RateLimited.Scope.APP;
        };
    }

    /** 3003 names the object that already holds the natural key. */
    private static java.util.Optional<String> existing(PlatformException e) {
        return e.data().map(d -> {
            JsonNode id = d.has("itemId") ? d.get("itemId") : d.get("skuId");
            return id == null || id.isNull() ? null : id.asText();
        });
    }
}
