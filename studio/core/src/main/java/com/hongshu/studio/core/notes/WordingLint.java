package com.hongshu.studio.core.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Flags wording that advertising law forbids (absolute terms such as 最, 第一, 国家级) and the user's own blocked
 * words, each with a softer suggestion. The built-in list is data, kept here with the rules' version.
 */
public final class WordingLint {

    /** A flagged term at {@code [start, end)} of the scanned text, and what to write instead (may be empty). */
    public record Hit(int start, int end, String term, String suggestion) {
    }

    public record Term(String term, String suggestion) {
    }

    public static final List<Term> ADVERTISING_LAW = List.of(
            new Term("国家级", "优质"), new Term("世界级", "优质"), new Term("最高级", "高品质"),
            new Term("最佳", "很好"), new Term("最好", "很好"), new Term("最便宜", "实惠"), new Term("最低价", "优惠价"),
            new Term("最", "很"), new Term("第一", "领先"), new Term("唯一", "少有"), new Term("顶级", "高品质"),
            new Term("极品", "精品"), new Term("全网", "多平台"), new Term("万能", "多用途"),
            new Term("100%", "高比例"), new Term("绝对", "非常"), new Term("永久", "长久"),
            new Term("best", "great"), new Term("No.1", "popular"));

    private final List<Term> terms;

    /** Built-in terms plus {@code userTerms}; longer terms win where they overlap (最好 before 最). */
    public WordingLint(List<Term> userTerms) {
        Map<String, Term> all = new LinkedHashMap<>();
        for (Term t : ADVERTISING_LAW) {
            all.put(t.term().toLowerCase(Locale.ROOT), t);
        }
        for (Term t : userTerms) {
            if (!t.term().isBlank()) {
                all.put(t.term().toLowerCase(Locale.ROOT), t);
            }
        }
        List<Term> sorted = new ArrayList<>(all.values());
        sorted.sort(Comparator.comparingInt((Term t) -> t.term().length()).reversed());
        this.terms = List.copyOf(sorted);
    }

    public List<Hit> scan(String text) {
        List<Hit> hits = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[text.length()];
        for (Term t : terms) {
            String needle = t.term().toLowerCase(Locale.ROOT);
            for (int i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length())) {
                if (!overlaps(taken, i, i + needle.length())) {
                    for (int k = i; k < i + needle.length(); k++) {
                        taken[k] = true;
                    }
                    hits.add(new Hit(i, i + needle.length(), text.substring(i, i + needle.length()),
                            t.suggestion() == null ? "" : t.suggestion()));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return List.copyOf(hits);
    }

    private static boolean overlaps(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }
}
