package com.hongshu.studio.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.CompositionRoot;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BundlesTest {

    @Test
    void everyBundleIsCompleteInChineseAndEnglish() throws IOException {
        for (String name : CompositionRoot.BUNDLES) {
            Properties en = load("/i18n/" + name + ".properties");
            Properties zh = load("/i18n/" + name + "_zh_CN.properties");
            assertThat(zh.stringPropertyNames()).as("keys of %s", name).isEqualTo(en.stringPropertyNames());
            en.stringPropertyNames().forEach(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
            zh.stringPropertyNames().forEach(k -> assertThat(zh.getProperty(k)).as(k).isNotBlank());
        }
    }

    @Test
    void theLanguageFollowsTheSystemAndFallsBackToEnglish() {
        I18n zh = new I18n(Locale.TRADITIONAL_CHINESE, CompositionRoot.BUNDLES);
        assertThat(zh.get("shell.section.products")).isEqualTo("商品");
        I18n fr = new I18n(Locale.FRANCE, CompositionRoot.BUNDLES);
        assertThat(fr.get("shell.section.products")).isEqualTo("Products");
        fr.setLocale(Locale.CHINA);
        assertThat(fr.get("shell.section.products")).isEqualTo("商品");
    }

    @Test
    void englishDoesNotFallBackToAChineseSystemLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.CHINA);
            assertThat(new I18n(Locale.ENGLISH, CompositionRoot.BUNDLES).get("settings.title")).isEqualTo("Settings");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
