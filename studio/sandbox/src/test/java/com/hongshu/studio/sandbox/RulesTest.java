package com.hongshu.studio.sandbox;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulesTest {

    @Test
    void titleWeightCountsCjkAndFullWidthAsOneAndAsciiAsHalfRoundedUp() {
        assertThat(Rules.titleWeight("")).isZero();
        assertThat(Rules.titleWeight("a")).isEqualTo(1);
        assertThat(Rules.titleWeight("ab")).isEqualTo(1);
        assertThat(Rules.titleWeight("abc")).isEqualTo(2);
        assertThat(Rules.titleWeight("穿搭")).isEqualTo(2);
        assertThat(Rules.titleWeight("ＡＢ")).as("full-width").isEqualTo(2);
        assertThat(Rules.titleWeight("穿搭ab")).isEqualTo(3);
        assertThat(Rules.titleWeight("😀")).as("one code point").isEqualTo(1);
    }

    @Test
    void limitsAnswerTheirCodes() {
        assertThatThrownBy(() -> Rules.checkNoteTitle("一".repeat(21))).extracting("code").isEqualTo(2002);
        assertThatThrownBy(() -> Rules.checkNoteDesc("字".repeat(1001))).extracting("code").isEqualTo(2003);
        assertThatThrownBy(() -> Rules.checkTopics(11)).extracting("code").isEqualTo(2005);
        assertThatThrownBy(() -> Rules.checkImages(0)).extracting("code").isEqualTo(2001);
        assertThatThrownBy(() -> Rules.checkImages(19)).extracting("code").isEqualTo(2001);
        assertThatThrownBy(() -> Rules.checkPostTime(3_599_999, 0)).extracting("code").isEqualTo(2006);
        assertThatThrownBy(() -> Rules.checkPrice(100, 100)).extracting("code").isEqualTo(2007);
        assertThatThrownBy(() -> Rules.checkPrice(10_000_001, 20_000_000)).extracting("code").isEqualTo(2007);
        assertThatThrownBy(() -> Rules.checkItemDesc("字".repeat(501))).extracting("code").isEqualTo(2003);
        Rules.checkPostTime(3_600_000, 0);
        Rules.checkPostTime(14L * 24 * 3_600_000, 0);
        Rules.checkPrice(10_000_000, 10_000_001);
        assertThat(new Rules(List.of("最", "第一")).forbiddenIn("全网最低，第一")).containsExactly("最", "第一");
    }

    @Test
    void gatewaySignatureOfAFixedInput() {
        // printf '%s' 'product.getItemInfo?appId=app-42&timestamp=1700000000&version=2.0s3cr3t' | md5sum
        assertThat(Gateway.sign("product.getItemInfo", "app-42", "1700000000", "2.0", "s3cr3t"))
                .isEqualTo("2f9749e3c030fbdc90b618d3b44a88cc");
    }
}
