package com.hongshu.studio.core.products;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a text file whose encoding is UTF-8 (with or without the BOM Excel writes) or GB18030 (what Excel on a
 * Chinese Windows saves as "CSV"). Anything else, or binary data, is refused rather than imported as mojibake.
 */
public final class TextDecoding {

    public static final Charset GB18030 = Charset.forName("GB18030");

    public record Decoded(String text, Charset charset, boolean bom) {
    }

    private TextDecoding() {
    }

    public static Optional<Decoded> decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8).map(t -> new Decoded(t, StandardCharsets.UTF_8, true));
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return Optional.empty(); // UTF-16: not what we read
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.map(t -> new Decoded(t, StandardCharsets.UTF_8, false));
        }
        return strict(bytes, 0, GB18030).map(t -> new Decoded(t, GB18030, false));
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            String text = chars.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == 0 || c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                    return Optional.empty(); // control characters: binary data, not a table
                }
            }
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
