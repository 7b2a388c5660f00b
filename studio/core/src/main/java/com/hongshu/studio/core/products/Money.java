package com.hongshu.studio.core.products;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prices as integer fen: parsed from what a seller types ({@code ¥12.50}, {@code 12.5}, {@code 12}), shown as ¥12.50. */
public final class Money {

    private static final Pattern INPUT = Pattern.compile("[¥￥]?\\s*(\\d{1,12})(?:\\.(\\d{0,2}))?");

    private Money() {
    }

    /** The amount in fen, or empty for anything that is not a non-negative amount with at most two decimals. */
    public static Optional<Long> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace(",", "");
        Matcher m = INPUT.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        long yuan = Long.parseLong(m.group(1));
        String dec = m.group(2) == null ? "" : m.group(2);
        long fen = dec.isEmpty() ? 0 : Long.parseLong(dec.length() == 1 ? dec + "0" : dec);
        return Optional.of(yuan * 100 + fen);
    }

    /** {@code ¥12.50}. */
    public static String format(long fen) {
        return "¥" + plain(fen);
    }

    /** {@code 12.50}: for files and edit fields. */
    public static String plain(long fen) {
        String sign = fen < 0 ? "-" : "";
        long abs = Math.abs(fen);
        return sign + (abs / 100) + "." + (abs % 100 < 10 ? "0" : "") + (abs % 100);
    }
}
