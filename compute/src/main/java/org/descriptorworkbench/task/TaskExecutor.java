package org.descriptorworkbench.task;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs jobs as tasks on a fixed pool of named daemon threads; the {@link #shared()} instance, sized
 * to the machine's processors, is where every long computation of the workbench runs. Jobs that
 * parallelise internally use {@link ParallelLoop}, whose helper threads are separate, so a loop
 * inside a task never waits for a task thread.
 */
public final class TaskExecutor implements AutoCloseable {
    private final ExecutorService threads;
    private final Set<TaskHandle<?>> unfinished = ConcurrentHashMap.newKeySet();

    /**
     * An executor with its own threads.
     *
     * @param name    prefix of the thread names
     * @param threads how many tasks run at once, at least 1
     */
    public TaskExecutor(String name, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a task executor needs at least 1 thread, got " + threads);
        }
        this.threads = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), new DaemonThreadFactory(Objects.requireNonNull(name, "name")));
    }

    /** The executor shared by the whole application: one thread per available processor. */
    public static TaskExecutor shared() {
        return Shared.INSTANCE;
    }

    /** Queues the job and returns its handle at once; tasks start in submission order. */
    public <T> TaskHandle<T> submit(String title, Job<T> job) {
        TaskHandle<T> handle = new TaskHandle<>(title, job);
        unfinished.add(handle);
        handle.addListener(new TaskListener() {
            @Override
            public void stateChanged(TaskHandle<?> task, TaskState state) {
                if (state.isFinished()) {
                    unfinished.remove(task);
                }
            }
        });
        try {
            threads.execute(handle::run);
        } catch (RejectedExecutionException e) {
            handle.cancel();
            throw new IllegalStateException("the task executor is closed; cannot run '" + title + "'", e);
        }
        return handle;
    }

    /** The tasks submitted here that have not finished yet, in no particular order. */
    public List<TaskHandle<?>> unfinishedTasks() {
        // the set is cleaned by a listener that may run just after a task finished, hence the filter
        return unfinished.stream().filter(t -> !t.state().isFinished()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Stops accepting tasks and cancels every unfinished one (queued tasks at once, running jobs
     * cooperatively); does not wait. Closing the shared executor is refused.
     */
    @Override
    public void close() {
        if (this == Shared.INSTANCE) {
            throw new UnsupportedOperationException("the shared task executor lives as long as the application");
        }
        threads.shutdown();
        for (TaskHandle<?> task : unfinishedTasks()) {
            task.cancel();
        }
    }

    private static final class Shared {
        static final TaskExecutor INSTANCE =
                new TaskExecutor("dwb-task", Runtime.getRuntime().availableProcessors());
    }
}
