package org.descriptorworkbench.gui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentSessionsTest {
    private final Preferences node = Preferences.userRoot().node("descriptorworkbench-test/recent-" + System.nanoTime());
    private final RecentSessions recent = new RecentSessions(node);

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void listsTheNewestFirstWithoutDuplicates() {
        recent.remember(Path.of("/s/a.json"));
        recent.remember(Path.of("/s/b.json"));
        recent.remember(Path.of("/s/a.json"));
        assertEquals(List.of(Path.of("/s/a.json"), Path.of("/s/b.json")), recent.list());
    }

    @Test
    void forgetsTheOldestBeyondTheLimit() {
        for (int i = 0; i < RecentSessions.MAX + 2; i++) {
            recent.remember(Path.of("/s/" + i + ".json"));
        }
        assertEquals(RecentSessions.MAX, recent.list().size());
        assertEquals(Path.of("/s/" + (RecentSessions.MAX + 1) + ".json"), recent.list().get(0));
    }
}
