package org.descriptorworkbench.gui.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The most recently saved or opened session files, newest first, kept in the user's preferences. */
public final class RecentSessions {
    /** How many files are remembered. */
    public static final int MAX = 8;
    private static final String KEY = "recentSessions";

    private final Preferences store;

    /** Remembers in the given preferences node (the application's own node in the application, a scratch node in tests). */
    public RecentSessions(Preferences store) {
        this.store = java.util.Objects.requireNonNull(store, "store");
    }

    /** The application's list, in {@link #applicationNode()}. */
    public static RecentSessions forApplication() {
        return new RecentSessions(applicationNode());
    }

    /** The user's preferences node that holds the application's list. */
    public static Preferences applicationNode() {
        return Preferences.userNodeForPackage(RecentSessions.class);
    }

    /** The remembered files, newest first. */
    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (String line : store.get(KEY, "").split("\n")) {
            if (!line.isBlank()) {
                out.add(Path.of(line));
            }
        }
        return out;
    }

    /** Puts a file first (moving it up if already listed) and forgets the oldest beyond {@link #MAX}. */
    public void remember(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = list();
        files.remove(absolute);
        files.add(0, absolute);
        List<String> lines = files.stream().limit(MAX).map(Path::toString).toList();
        store.put(KEY, String.join("\n", lines));
    }
}
