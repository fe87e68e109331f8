package org.descriptorworkbench.analysis.imbalance;

import org.descriptorworkbench.task.Progress;

/** Maps the progress of one part of a multi-part job onto the whole job's 0..1 range. */
final class Progresses {

    private Progresses() {
    }

    static Progress slice(Progress whole, int part, int parts) {
        return new Progress() {
            @Override
            public void report(double fraction, String message) {
                whole.report((part + fraction) / parts, message + " (" + (part + 1) + "/" + parts + ")");
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }
}
