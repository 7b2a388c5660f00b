package com.hongshu.studio.core.stats;

import java.util.List;
import java.util.Map;

/**
 * The seam to the products feature: the stock still available of the products linked to each note, so the dashboard
 * can show it beside the note's figures. The products feature provides the implementation.
 */
public interface LinkedStock {

    /** Available units per local note id, for those of {@code noteIds} that have linked products. */
    Map<Long, Long> availableByNote(List<Long> noteIds);

    LinkedStock NONE = noteIds -> Map.of();
}
