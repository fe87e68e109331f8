package org.descriptorworkbench.gui.session;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * A recent-sessions list for tests, kept in a preferences node of its own under a test path, never in
 * the user's {@link RecentSessions#applicationNode()}: every test that builds a main window passes
 * {@link #list()} and calls {@link #remove()} afterwards.
 */
public final class ScratchRecentSessions {
    private final Preferences node = Preferences.userRoot().node("descriptorworkbench-test/recent-" + UUID.randomUUID());
    private final RecentSessions list = new RecentSessions(node);

    public RecentSessions list() {
        return list;
    }

    /** Deletes the scratch node. */
    public void remove() {
        try {
            node.removeNode();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("could not remove the test preferences node " + node.absolutePath(), e);
        }
    }
}
