package com.hongshu.studio.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements. A trigger body ({@code BEGIN ... END;}) holds semicolons of its own, so
 * a statement ends at a semicolon only outside quotes, comments and trigger bodies.
 */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
                current.append('\n');
                continue;
            }
            if (c == '\'' || c == '"') {
                int end = script.indexOf(c, i + 1);
                end = end < 0 ? n - 1 : end;
                current.append(script, i, end + 1);
                i = end + 1;
                continue;
            }
            if (Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(script.charAt(i - 1)))) {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(script.charAt(end)) || script.charAt(end) == '_')) {
                    end++;
                }
                String word = script.substring(i, end);
                if (word.equalsIgnoreCase("BEGIN") && current.toString().toUpperCase().contains("TRIGGER")) {
                    depth++;
                } else if (word.equalsIgnoreCase("END") && depth > 0) {
                    depth--;
                }
                current.append(word);
                i = end;
                continue;
            }
            if (c == ';' && depth == 0) {
                add(out, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
            i++;
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder statement) {
        String sql = statement.toString().trim();
        if (!sql.isEmpty()) {
            out.add(sql);
        }
    }
}
