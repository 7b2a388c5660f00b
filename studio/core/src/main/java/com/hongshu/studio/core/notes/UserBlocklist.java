package com.hongshu.studio.core.notes;

import com.hongshu.studio.core.workspace.SettingsRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The user's own blocked words, kept in the workspace settings as lines of {@code term=suggestion}. */
public final class UserBlocklist {

    static final String KEY = "notes.lint.blocklist";

    private final SettingsRepository settings;

    public UserBlocklist(SettingsRepository settings) {
        this.settings = settings;
    }

    public List<WordingLint.Term> load() {
        List<WordingLint.Term> out = new ArrayList<>();
        for (String line : settings.get(KEY, "").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            out.add(eq < 0 ? new WordingLint.Term(line.strip(), "")
                    : new WordingLint.Term(line.substring(0, eq).strip(), line.substring(eq + 1).strip()));
        }
        return List.copyOf(out);
    }

    public void save(List<WordingLint.Term> terms) {
        settings.put(KEY, terms.stream().filter(t -> !t.term().isBlank())
                .map(t -> t.term().replace("=", "").replace("\n", "") + "="
                        + t.suggestion().replace("\n", ""))
                .collect(Collectors.joining("\n")));
    }
}
