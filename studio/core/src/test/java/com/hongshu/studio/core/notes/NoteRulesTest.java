package com.hongshu.studio.core.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.core.notes.Violation.Rule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private final NoteValidator validator = new NoteValidator(NoteRules.CURRENT, new WordingLint(List.of()));

    @Test
    void titleCountsChineseAndFullWidthAsOneAndAsciiAsHalfRoundedUp() {
        assertThat(NoteRules.weightedLength("")).isZero();
        assertThat(NoteRules.weightedLength("秋天的咖啡")).isEqualTo(5);
        assertThat(NoteRules.weightedLength("abc")).isEqualTo(2);
        assertThat(NoteRules.weightedLength("ＡＢ")).isEqualTo(2);
        assertThat(NoteRules.weightedLength("咖啡 latte")).isEqualTo(5); // 2 + 6 halves -> 2 + 3
        assertThat(NoteRules.weightedLength("a".repeat(40))).isEqualTo(20);
        assertThat(NoteRules.weightedLength("a".repeat(41))).isEqualTo(21);
    }

    @Test
    void bodyCountsEmojiOnce() {
        assertThat(NoteRules.bodyLength("好😀")).isEqualTo(2);
    }

    @Test
    void aGoodNoteHasNoErrors() {
        Note note = Note.draft(NOW).withText("秋日咖啡", "今天的拿铁").withImages(List.of(NoteImage.of(1)));
        assertThat(validator.check(note, false)).isEmpty();
    }

    @Test
    void breakingRulesGivesBlockingErrors() {
        Note note = Note.draft(NOW).withText("长".repeat(21), "字".repeat(1001));
        List<Violation> v = validator.check(note, false);
        assertThat(v).extracting(Violation::rule)
                .containsExactlyInAnyOrder(Rule.TITLE_TOO_LONG, Rule.BODY_TOO_LONG, Rule.NO_IMAGES);
        assertThat(NoteValidator.blocking(v)).isTrue();
        assertThat(v.get(0).args()).containsExactly(21, 20);
    }

    @Test
    void nineteenImagesAreTooMany() {
        List<NoteImage> images = java.util.stream.LongStream.rangeClosed(1, 19).mapToObj(NoteImage::of).toList();
        Note note = Note.draft(NOW).withText("t", "").withImages(images);
        assertThat(validator.check(note, false)).extracting(Violation::rule).containsExactly(Rule.TOO_MANY_IMAGES);
    }

    @Test
    void scheduleWindowIsOneHourToFourteenDays() {
        Note note = Note.draft(NOW).withText("t", "b").withImages(List.of(NoteImage.of(1)));
        assertThat(validator.checkSchedule(note, false, NOW.plus(Duration.ofMinutes(59)), NOW))
                .extracting(Violation::rule).containsExactly(Rule.SCHEDULE_TOO_SOON);
        assertThat(validator.checkSchedule(note, false, NOW.plus(Duration.ofDays(15)), NOW))
                .extracting(Violation::rule).containsExactly(Rule.SCHEDULE_TOO_LATE);
        assertThat(validator.checkSchedule(note, false, NOW.plus(Duration.ofHours(2)), NOW)).isEmpty();
    }

    @Test
    void absoluteWordingIsAWarningNotABlock() {
        Note note = Note.draft(NOW).withText("全网最好的咖啡", "第一名").withImages(List.of(NoteImage.of(1)));
        List<Violation> v = validator.check(note, false);
        assertThat(v).extracting(Violation::rule).containsExactly(Rule.ABSOLUTE_WORDING);
        assertThat(NoteValidator.blocking(v)).isFalse();
    }

    @Test
    void lintPrefersLongerTermsAndIncludesTheUsersOwn() {
        WordingLint lint = new WordingLint(List.of(new WordingLint.Term("爆款", "热门")));
        List<WordingLint.Hit> hits = lint.scan("最好的爆款，最");
        assertThat(hits).extracting(WordingLint.Hit::term).containsExactly("最好", "爆款", "最");
        assertThat(hits.get(0).suggestion()).isEqualTo("很好");
        assertThat(hits.get(1).start()).isEqualTo(3);
    }

    @Test
    void centredCropKeepsTheRatio() {
        CropRect crop = CropRatio.PORTRAIT_3_4.centredIn(4000, 3000);
        assertThat(crop.width() * 4000 / (crop.height() * 3000)).isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(crop.x()).isGreaterThan(0);
    }
}
