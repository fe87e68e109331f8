package org.descriptorworkbench.analysis;

import org.descriptorworkbench.task.Progress;

/** Maps the progress of one part of a multi-part job onto its share of the whole job's 0..1 range. */
public final class ProgressSlices {

    private ProgressSlices() {
    }

    /** Part {@code part} of {@code parts} equal parts; messages get a "(part/parts)" suffix. */
    public static Progress part(Progress whole, int part, int parts) {
        return slice(whole, (double) part / parts, 1.0 / parts, " (" + (part + 1) + "/" + parts + ")");
    }

    /** The range [start, start + width) of the whole. */
    public static Progress slice(Progress whole, double start, double width, String suffix) {
        return new Progress() {
            @Override
            public void report(double fraction, String message) {
                whole.report(start + width * fraction, message + suffix);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }
}
