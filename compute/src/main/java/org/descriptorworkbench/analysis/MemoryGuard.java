package org.descriptorworkbench.analysis;

import java.util.Locale;
import org.descriptorworkbench.error.ResourceLimitException;

/**
 * Refuses an analysis up front when its working memory would not fit in the heap, so that the user
 * gets a one-line message saying how much is needed instead of an OutOfMemoryError half-way through.
 */
public final class MemoryGuard {

    private MemoryGuard() {
    }

    /** Bytes the heap can still give: the maximum heap minus what is in use now. */
    public static long availableBytes() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    /** Throws {@link ResourceLimitException} if {@code bytes} more than the heap can still give. */
    public static void require(long bytes, String what) {
        long available = availableBytes();
        if (bytes > available) {
            throw new ResourceLimitException(String.format(Locale.ROOT,
                    "%s needs about %s of working memory but only %s is free in the Java heap"
                            + " (raise the limit with -Xmx or use fewer rows)",
                    what, human(bytes), human(available)));
        }
    }

    /** Bytes of a double array of the given length, as a long (no int overflow). */
    public static long doubles(long count) {
        return 8L * count;
    }

    static String human(long bytes) {
        double mib = bytes / (1024.0 * 1024.0);
        return mib >= 1024 ? String.format(Locale.ROOT, "%.1f GiB", mib / 1024)
                : String.format(Locale.ROOT, "%.0f MiB", Math.ceil(mib));
    }
}
