package com.hongshu.studio.app.common;

import java.lang.System.Logger;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Every user-visible string, from the bundles {@code i18n/<name>} (English base, {@code _zh_CN} complete). Views are
 * rebuilt when the locale changes, so a plain {@link #get} is all a view needs. A key starts with its bundle's name
 * ({@code notes.title}); a bundle is read when one of its keys is first asked for, so the first frame reads only the
 * shell's.
 */
public final class I18n {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private static final Logger LOG = System.getLogger("studio.i18n");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> bundleNames;
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private volatile Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    public I18n(Locale initial, List<String> bundleNames) {
        this.bundleNames = List.copyOf(bundleNames);
        locale.addListener((obs, old, now) -> bundles = new ConcurrentHashMap<>());
        locale.set(supported(initial));
    }

    /** The supported locale closest to {@code wanted}: Chinese for any {@code zh}, English otherwise. */
    public static Locale supported(Locale wanted) {
        return wanted != null && "zh".equals(wanted.getLanguage()) ? CHINESE : ENGLISH;
    }

    public String get(String key) {
        int dot = key.indexOf('.');
        String own = dot > 0 ? key.substring(0, dot) : "";
        if (bundleNames.contains(own)) {
            Optional<ResourceBundle> bundle = bundle(own);
            if (bundle.isPresent() && bundle.get().containsKey(key)) {
                return bundle.get().getString(key);
            }
        }
        for (String name : bundleNames) {
            if (name.equals(own)) {
                continue; // asked above
            }
            Optional<ResourceBundle> bundle = bundle(name);
            if (bundle.isPresent() && bundle.get().containsKey(key)) {
                return bundle.get().getString(key);
            }
        }
        LOG.log(Logger.Level.WARNING, "missing message key {0} for {1}", key, locale.get());
        return "!" + key + "!";
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale.get()).format(args);
    }

    public Locale locale() {
        return locale.get();
    }

    public void setLocale(Locale wanted) {
        locale.set(supported(wanted));
    }

    public ReadOnlyObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public List<String> bundleNames() {
        return bundleNames;
    }

    private Optional<ResourceBundle> bundle(String name) {
        Map<String, ResourceBundle> current = bundles;
        ResourceBundle cached = current.get(name);
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            ResourceBundle read = ResourceBundle.getBundle("i18n/" + name, locale.get(), I18n.class.getClassLoader(),
                    NO_FALLBACK);
            current.put(name, read);
            return Optional.of(read);
        } catch (MissingResourceException e) {
            LOG.log(Logger.Level.ERROR, "missing bundle i18n/" + name, e);
            return Optional.empty();
        }
    }
}
