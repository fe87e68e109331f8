package org.descriptorworkbench.task;

/**
 * The channel through which a running job reports how far it is and learns that it should stop.
 * Jobs call {@link #checkCancelled()} at loop boundaries; implementations adapt it to a console
 * progress bar, a JavaFX task or nothing (tests).
 */
public interface Progress {

    /** Reports the fraction done (0..1) and a short message; safe to call from any thread. */
    void report(double fraction, String message);

    /** True once cancellation has been requested. */
    boolean isCancelled();

    /** Throws {@link CancelledException} if cancellation has been requested. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /**
     * A view of this progress for one phase of a job: fractions 0..1 reported to it arrive here as
     * start..end, and it is cancelled whenever this one is. Lets a job run several loops in sequence
     * with one monotonic bar.
     */
    default Progress subRange(double start, double end) {
        if (!(0 <= start && start <= end && end <= 1)) {
            throw new IllegalArgumentException("a progress sub-range needs 0 <= start <= end <= 1, got " + start + ".." + end);
        }
        Progress whole = this;
        return new Progress() {
            @Override
            public void report(double fraction, String message) {
                whole.report(start + (end - start) * fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }

    /** A progress that ignores reports and is never cancelled. */
    static Progress none() {
        return NoProgress.INSTANCE;
    }

    /** The shared do-nothing instance. */
    enum NoProgress implements Progress {
        INSTANCE;

        @Override
        public void report(double fraction, String message) {
            // nothing listens
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
