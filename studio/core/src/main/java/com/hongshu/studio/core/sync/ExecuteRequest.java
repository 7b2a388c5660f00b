package com.hongshu.studio.core.sync;

import java.time.Instant;

/**
 * One attempt of an operation.
 *
 * @param media    the uploaded media to reference (null when the kind has none)
 * @param postTime notes: send as the platform's native {@code postTime}; null = publish now
 */
public record ExecuteRequest(Operation operation, MediaStep media, Instant postTime) {
}
