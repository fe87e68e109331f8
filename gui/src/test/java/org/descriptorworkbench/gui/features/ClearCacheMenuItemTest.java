package org.descriptorworkbench.gui.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.descriptorworkbench.cache.DatasetFingerprint;
import org.descriptorworkbench.cache.FeatureCache;
import org.descriptorworkbench.cache.FeatureKey;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The menu item that empties the disk cache, with label updates applied on the calling thread. */
class ClearCacheMenuItemTest {
    @TempDir
    Path dir;

    @Test
    void theLabelShowsTheSizeInMegabytes() {
        assertEquals("Clear cached results (empty)", ClearCacheMenuItem.label(0));
        assertEquals("Clear cached results (< 1 MB)", ClearCacheMenuItem.label(300_000));
        assertEquals("Clear cached results (120 MB)", ClearCacheMenuItem.label(120L << 20));
    }

    @Test
    void choosingItEmptiesTheCacheAndShowsTheNewSize() throws Exception {
        FeatureCache cache = new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES);
        FeatureKey key = new FeatureKey(new DatasetFingerprint("0f".repeat(32)), "soap()", "all", new int[] {1});
        cache.put(key, FeatureMatrix.of(512, 512, new double[512 * 512], "soap()", null, null, null, null)); // 2 MB
        ClearCacheMenuItem item = new ClearCacheMenuItem(cache, Runnable::run);
        item.refresh().get(10, TimeUnit.SECONDS);
        assertEquals("Clear cached results (2 MB)", item.getText());
        item.clear().get(10, TimeUnit.SECONDS);
        assertEquals(0, cache.entryCount());
        assertEquals("Clear cached results (empty)", item.getText());
        assertFalse(item.isDisable());
        try (var left = java.nio.file.Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }
}
