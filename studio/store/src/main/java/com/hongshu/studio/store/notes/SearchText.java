package com.hongshu.studio.store.notes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns note text into FTS5 rows and a user's query into an FTS5 MATCH. The trigram index finds substrings of 3 or more
 * characters; shorter terms use the gram index, where CJK text is stored as its single characters and adjacent pairs
 * and other text as lower-case words (searched by prefix).
 */
final class SearchText {

    private SearchText() {
    }

    /** A query term and which index answers it. */
    record Term(String text, boolean shortTerm) {
        String match() {
            String quoted = "\"" + text.replace("\"", "\"\"") + "\"";
            return shortTerm && !isCjk(text.codePointAt(0)) ? quoted + " *" : quoted;
        }
    }

    static List<Term> terms(String query) {
        List<Term> out = new ArrayList<>();
        for (String raw : query.strip().split("\\s+")) {
            String t = raw.replace("#", "").replace("@", "");
            if (t.isEmpty()) {
                continue;
            }
            int len = t.codePointCount(0, t.length());
            boolean cjk = t.codePoints().anyMatch(SearchText::isCjk);
            if (!cjk && t.codePoints().allMatch(Character::isLetterOrDigit)) {
                // Latin words: word-prefix lookup in the gram index, much cheaper than a trigram phrase
                out.add(new Term(t.toLowerCase(Locale.ROOT), true));
            } else if (len >= 3) {
                out.add(new Term(t, false));
            } else if (t.codePoints().allMatch(SearchText::isCjk)) {
                out.add(new Term(t, true));
            } else {
                // e.g. "a咖": mixed classes; split into characters the gram index knows
                t.codePoints().forEach(cp -> {
                    if (Character.isLetterOrDigit(cp)) {
                        out.add(new Term(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT), true));
                    }
                });
            }
        }
        return out;
    }

    static String grams(String... texts) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String text : texts) {
            int[] cps = text.codePoints().toArray();
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < cps.length; i++) {
                int cp = cps[i];
                if (isCjk(cp)) {
                    flush(word, tokens);
                    tokens.add(new String(Character.toChars(cp)));
                    if (i + 1 < cps.length && isCjk(cps[i + 1])) {
                        tokens.add(new String(Character.toChars(cp)) + new String(Character.toChars(cps[i + 1])));
                    }
                } else if (Character.isLetterOrDigit(cp)) {
                    word.appendCodePoint(Character.toLowerCase(cp));
                } else {
                    flush(word, tokens);
                }
            }
            flush(word, tokens);
        }
        return String.join(" ", tokens);
    }

    private static void flush(StringBuilder word, Set<String> tokens) {
        if (word.length() > 0) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }
}
