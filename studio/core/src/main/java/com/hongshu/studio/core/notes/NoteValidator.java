package com.hongshu.studio.core.notes;

import com.hongshu.studio.core.notes.Violation.Rule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Checks a note against {@link NoteRules} and the wording lint; pure, cheap enough to run on every keystroke. */
public final class NoteValidator {

    private final NoteRules rules;
    private final WordingLint lint;

    public NoteValidator(NoteRules rules, WordingLint lint) {
        this.rules = rules;
        this.lint = lint;
    }

    /** Everything wrong with the note as a draft that is about to be published now. */
    public List<Violation> check(Note note, boolean accountMaySell) {
        List<Violation> out = new ArrayList<>();
        if (note.title().isBlank() && note.body().isBlank()) {
            out.add(Violation.error(Rule.EMPTY));
        }
        int title = NoteRules.weightedLength(note.title());
        if (title > rules.titleMaxWeighted()) {
            out.add(Violation.error(Rule.TITLE_TOO_LONG, title, rules.titleMaxWeighted()));
        }
        int body = NoteRules.bodyLength(note.body());
        if (body > rules.bodyMaxChars()) {
            out.add(Violation.error(Rule.BODY_TOO_LONG, body, rules.bodyMaxChars()));
        }
        if (note.kind() == NoteKind.IMAGE) {
            if (note.images().size() < rules.minImages()) {
                out.add(Violation.error(Rule.NO_IMAGES, rules.minImages()));
            } else if (note.images().size() > rules.maxImages()) {
                out.add(Violation.error(Rule.TOO_MANY_IMAGES, note.images().size(), rules.maxImages()));
            }
        } else if (note.videoMediaId() == null) {
            out.add(Violation.error(Rule.NO_VIDEO));
        }
        if (note.topics().size() > rules.maxTopics()) {
            out.add(Violation.error(Rule.TOO_MANY_TOPICS, note.topics().size(), rules.maxTopics()));
        }
        if (!note.linkedProductIds().isEmpty() && !accountMaySell) {
            out.add(Violation.error(Rule.PRODUCTS_NOT_ALLOWED));
        }
        List<WordingLint.Hit> hits = lint.scan(note.title() + "\n" + note.body());
        if (!hits.isEmpty()) {
            out.add(Violation.warning(Rule.ABSOLUTE_WORDING, hits.size(),
                    String.join("、", hits.stream().map(WordingLint.Hit::term).distinct().toList())));
        }
        return List.copyOf(out);
    }

    /** As {@link #check}, plus the platform's window for scheduled publishing (now + 1 h to now + 14 days). */
    public List<Violation> checkSchedule(Note note, boolean accountMaySell, Instant at, Instant now) {
        List<Violation> out = new ArrayList<>(check(note, accountMaySell));
        if (at.isBefore(now.plus(rules.scheduleMinAhead()))) {
            out.add(Violation.error(Rule.SCHEDULE_TOO_SOON, rules.scheduleMinAhead().toMinutes()));
        } else if (at.isAfter(now.plus(rules.scheduleMaxAhead()))) {
            out.add(Violation.error(Rule.SCHEDULE_TOO_LATE, rules.scheduleMaxAhead().toDays()));
        }
        return List.copyOf(out);
    }

    public static boolean blocking(List<Violation> violations) {
        return violations.stream().anyMatch(Violation::blocks);
    }
}
