package com.hongshu.studio.core.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the creator centre's cell texts: counts with 万, percentages, Chinese dates, view times. Null when unreadable. */
public final class Cells {

    private static final Pattern CN_DATE = Pattern.compile(
            "(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:\\s*(\\d{1,2})时(?:(\\d{1,2})分)?(?:(\\d{1,2})秒)?)?");
    private static final Pattern ISO_DATE = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern DURATION_CN = Pattern.compile("(?:(\\d+)时)?(?:(\\d+)分)?(?:(\\d+(?:\\.\\d+)?)秒)?");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{2}(?:\\.\\d+)?)");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private Cells() {
    }

    static boolean blank(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() || t.equals("-") || t.equals("--") || t.equals("—");
    }

    /** A count: "1234", "1,234", "1.2万", "12.0" (a number cell); blank or "-" is 0. */
    public static Long count(String s) {
        if (s != null && !s.isEmpty() && s.length() < 18 && plainDigits(s)) {
            return Long.parseLong(s);
        }
        if (blank(s)) {
            return 0L;
        }
        String t = s.strip().replace(",", "").replace("，", "");
        BigDecimal scale = BigDecimal.ONE;
        if (t.endsWith("万") || t.endsWith("w") || t.endsWith("W")) {
            scale = BigDecimal.valueOf(10_000);
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            return new BigDecimal(t).multiply(scale).setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** "18" or "18.5" (seconds) without a regular expression: this runs for every row of a large import. */
    private static Long decimalSeconds(String s) {
        int dot = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' && dot < 0 && i > 0 && i < s.length() - 1) {
                dot = i;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        if (s.isEmpty() || s.length() > 15) {
            return null;
        }
        int decimals = dot < 0 ? 0 : s.length() - dot - 1;
        if (decimals <= 3) { // exact in longs: "18.5" is 18,500 ms, the same as rounding the double
            long ms = 0;
            for (int i = 0; i < s.length(); i++) {
                if (i != dot) {
                    ms = ms * 10 + (s.charAt(i) - '0');
                }
            }
            for (int i = decimals; i < 3; i++) {
                ms *= 10;
            }
            return ms;
        }
        return Math.round(Double.parseDouble(s) * 1000);
    }

    private static boolean plainDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #percent} can read {@code s}; "12.3%" is checked without parsing a double (once per row). */
    public static boolean isPercent(String s) {
        if (s != null && !s.isEmpty() && s.length() < 16) {
            int end = s.charAt(s.length() - 1) == '%' ? s.length() - 1 : s.length();
            boolean digit = false;
            boolean dot = false;
            boolean plain = end > 0;
            for (int i = 0; i < end && plain; i++) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    digit = true;
                } else if (c == '.' && !dot) {
                    dot = true;
                } else {
                    plain = false;
                }
            }
            if (plain && digit) {
                return true;
            }
        }
        return percent(s) != null;
    }

    /** A percentage "12.3%" (or a fraction "0.123" from a number cell) as a fraction; blank is 0. */
    public static Double percent(String s) {
        if (blank(s)) {
            return 0.0;
        }
        String t = s.strip();
        try {
            if (t.endsWith("%")) {
                return Double.parseDouble(t.substring(0, t.length() - 1).strip()) / 100.0;
            }
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A view time in milliseconds: "12.5" (seconds), "12秒", "1分5秒", "00:01:05", "65s"; blank is 0. */
    public static Long durationMillis(String s) {
        if (blank(s)) {
            return 0L;
        }
        Long fast = decimalSeconds(s);
        if (fast != null) {
            return fast;
        }
        String t = s.strip().replace(" ", "");
        try {
            if (t.endsWith("s") || t.endsWith("S")) {
                t = t.substring(0, t.length() - 1);
            }
            Long plain = decimalSeconds(t);
            if (plain != null) {
                return plain;
            }
            Matcher clock = CLOCK.matcher(t);
            if (clock.matches()) {
                double h = clock.group(1) == null ? 0 : Double.parseDouble(clock.group(1));
                return Math.round((h * 3600 + Double.parseDouble(clock.group(2)) * 60
                        + Double.parseDouble(clock.group(3))) * 1000);
            }
            Matcher cn = DURATION_CN.matcher(t);
            if (cn.matches() && !t.isEmpty()) {
                double h = cn.group(1) == null ? 0 : Double.parseDouble(cn.group(1));
                double m = cn.group(2) == null ? 0 : Double.parseDouble(cn.group(2));
                double sec = cn.group(3) == null ? 0 : Double.parseDouble(cn.group(3));
                return Math.round((h * 3600 + m * 60 + sec) * 1000);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** A moment as written by the creator centre ("2025年03月08日14时05分00秒"), ISO-like, or an Excel serial number. */
    public static LocalDateTime dateTime(String s) {
        if (blank(s)) {
            return null;
        }
        String t = s.strip();
        try {
            Matcher cn = CN_DATE.matcher(t);
            if (cn.matches()) {
                return at(cn);
            }
            Matcher iso = ISO_DATE.matcher(t);
            if (iso.matches()) {
                return at(iso);
            }
            if (t.matches("\\d{5}(\\.\\d+)?")) {
                double serial = Double.parseDouble(t);
                long days = (long) Math.floor(serial);
                long seconds = Math.round((serial - days) * 86_400);
                return EXCEL_EPOCH.plusDays(days).atStartOfDay().plusSeconds(seconds);
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static LocalDateTime at(Matcher m) {
        return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), num(m.group(4)), num(m.group(5)), num(m.group(6)));
    }

    private static int num(String g) {
        return g == null ? 0 : Integer.parseInt(g);
    }
}
