package org.descriptorworkbench.task;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A job submitted to a {@link TaskExecutor}: its state, latest progress, cancellation and outcome.
 * Thread-safe; every method may be called from any thread.
 *
 * <p>Cancellation is cooperative: {@link #cancel()} on a queued task finishes it at once as
 * CANCELLED; on a running task it makes the job's {@link Progress#isCancelled()} true, and the task
 * ends CANCELLED when the job stops with {@link CancelledException}. A job that returns normally
 * anyway has SUCCEEDED (its result is complete and valid).
 */
public final class TaskHandle<T> {
    private final String title;
    private final Job<T> job;
    private final AtomicReference<TaskState> state = new AtomicReference<>(TaskState.QUEUED);
    private final List<TaskListener> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final JobProgress jobProgress = new JobProgress();

    private volatile TaskProgress progress = TaskProgress.NONE;
    private volatile boolean cancelRequested;
    private volatile boolean started;
    private volatile long startNanos;
    private volatile long endNanos;
    private T result;
    private Throwable failure;

    TaskHandle(String title, Job<T> job) {
        this.title = Objects.requireNonNull(title, "title");
        this.job = Objects.requireNonNull(job, "job");
    }

    /** The name given at submission, shown in task bars and logs. */
    public String title() {
        return title;
    }

    public TaskState state() {
        return state.get();
    }

    /** The latest progress the job reported (fraction 1 once it succeeded). */
    public TaskProgress progress() {
        return progress;
    }

    /**
     * Time spent running: zero while queued, growing while running, fixed once finished (zero for a
     * task cancelled before it started).
     */
    public Duration elapsed() {
        if (!started) {
            return Duration.ZERO;
        }
        long end = state().isFinished() ? endNanos : System.nanoTime();
        return Duration.ofNanos(end - startNanos);
    }

    /**
     * Adds a listener. If the task has already finished, the listener is told the final state at
     * once (on the calling thread), so no completion is missed.
     */
    public void addListener(TaskListener listener) {
        Objects.requireNonNull(listener, "listener");
        TaskState now;
        synchronized (listeners) {
            listeners.add(listener);
            now = state();
        }
        if (now.isFinished()) {
            listener.stateChanged(this, now);
        }
    }

    public void removeListener(TaskListener listener) {
        listeners.remove(listener);
    }

    /**
     * Requests cancellation. Returns false if the task had already finished; otherwise a queued task
     * becomes CANCELLED now and a running job is asked to stop.
     */
    public boolean cancel() {
        if (state().isFinished()) {
            return false;
        }
        cancelRequested = true;
        List<TaskListener> toTell;
        synchronized (listeners) {
            if (!state.compareAndSet(TaskState.QUEUED, TaskState.CANCELLED)) {
                return true;
            }
            toTell = List.copyOf(listeners);
        }
        finished.countDown();
        notifyState(toTell, TaskState.CANCELLED);
        return true;
    }

    /** True once {@link #cancel()} was called on an unfinished task. */
    public boolean isCancelRequested() {
        return cancelRequested;
    }

    /** Waits until the task has finished and returns its final state. */
    public TaskState await() throws InterruptedException {
        finished.await();
        return state();
    }

    /** Waits at most the given time; true if the task has finished. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }

    /**
     * Waits for the task and returns the job's result. If the job failed, rethrows its exception:
     * unchecked exceptions (every WorkbenchException among them) as themselves, checked ones inside a
     * {@link TaskFailedException}. Throws {@link CancelledException} if the task was cancelled.
     */
    public T get() throws InterruptedException {
        TaskState end = await();
        switch (end) {
            case SUCCEEDED -> {
                return result;
            }
            case CANCELLED -> throw new CancelledException();
            default -> throw rethrowable(failure);
        }
    }

    private RuntimeException rethrowable(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new TaskFailedException(title, t);
    }

    /** Runs the job on the calling (worker) thread unless the task was cancelled while queued. */
    void run() {
        if (!state.compareAndSet(TaskState.QUEUED, TaskState.RUNNING)) {
            return;
        }
        startNanos = System.nanoTime();
        started = true;
        notifyState(listeners, TaskState.RUNNING);
        try {
            T value = job.run(jobProgress);
            result = value;
            if (progress.fraction() < 1) {
                publish(new TaskProgress(1, progress.message()));
            }
            complete(TaskState.SUCCEEDED);
        } catch (CancelledException e) {
            complete(TaskState.CANCELLED);
        } catch (Throwable t) { // the job's failure is this task's outcome, whatever it is
            failure = t;
            complete(TaskState.FAILED);
        }
    }

    /**
     * Sets the final state, releases waiters, then tells the listeners (so a listener may call
     * {@link #get()}); a listener added concurrently is told exactly once, by this or by addListener.
     */
    private void complete(TaskState end) {
        List<TaskListener> toTell;
        synchronized (listeners) {
            endNanos = System.nanoTime();
            state.set(end);
            toTell = List.copyOf(listeners);
        }
        finished.countDown();
        notifyState(toTell, end);
    }

    private void publish(TaskProgress p) {
        progress = p;
        for (TaskListener l : listeners) {
            try {
                l.progressChanged(this, p);
            } catch (RuntimeException e) {
                reportListenerFailure(e);
            }
        }
    }

    private void notifyState(List<TaskListener> toTell, TaskState s) {
        for (TaskListener l : toTell) {
            try {
                l.stateChanged(this, s);
            } catch (RuntimeException e) {
                reportListenerFailure(e);
            }
        }
    }

    /** A broken listener must not change the task's outcome; hand its error to the thread's handler. */
    private static void reportListenerFailure(RuntimeException e) {
        Thread t = Thread.currentThread();
        t.getUncaughtExceptionHandler().uncaughtException(t, e);
    }

    @Override
    public String toString() {
        return "Task[" + title + ", " + state() + "]";
    }

    /** The progress handed to the job: records reports and sees cancellation requests. */
    private final class JobProgress implements Progress {
        @Override
        public void report(double fraction, String message) {
            double f = Double.isNaN(fraction) ? progress.fraction() : Math.max(0, Math.min(1, fraction));
            publish(new TaskProgress(f, message == null ? "" : message));
        }

        @Override
        public boolean isCancelled() {
            return cancelRequested;
        }
    }
}
