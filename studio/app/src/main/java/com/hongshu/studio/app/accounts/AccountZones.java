package com.hongshu.studio.app.accounts;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The zones an account can be set to: every IANA region id, Asia/Shanghai (the platform's home) first. */
public final class AccountZones {

    public static final ZoneId DEFAULT = ZoneId.of("Asia/Shanghai");

    private AccountZones() {
    }

    public static List<String> choices() {
        List<String> out = new ArrayList<>();
        out.add(DEFAULT.getId());
        ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")
                        && !z.equals(DEFAULT.getId()))
                .sorted().forEach(out::add);
        return List.copyOf(out);
    }
}
