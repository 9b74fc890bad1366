package org.siyaq.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The CPU of every thread of this process over a stretch of work, JIT compiler and collector threads included
 * (which {@code ThreadMXBean} does not see), grouped by what the thread is: read from {@code /proc/self/task}
 * every 100 ms, so a thread that ends before the stretch does still counts with its last reading. Linux only;
 * elsewhere it reports nothing. The poller's own thread is left out.
 */
final class ThreadCpu implements AutoCloseable {

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private static final String POLLER = "siyaq-thread-cpu";

    private final Map<Long, Reading> first = new HashMap<>();
    private final Map<Long, Reading> last = new HashMap<>();
    private final Thread poller;
    private volatile boolean running = true;

    private record Reading(String name, long ticks) {}

    ThreadCpu() {
        read(first);
        last.putAll(first);
        poller = new Thread(
                () -> {
                    while (running) {
                        synchronized (last) {
                            read(last);
                        }
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                POLLER);
        poller.setDaemon(true);
        poller.start();
    }

    /** Stops polling and takes a last reading. */
    @Override
    public void close() {
        running = false;
        poller.interrupt();
        try {
            poller.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (last) {
            read(last);
        }
    }

    /** Seconds of CPU per group of threads since this was made, largest first. */
    Map<String, Double> seconds() {
        Map<String, Double> out = new TreeMap<>();
        synchronized (last) {
            for (var e : last.entrySet()) {
                if (POLLER.startsWith(e.getValue().name())) {
                    continue;
                }
                Reading before = first.get(e.getKey());
                long ticks = e.getValue().ticks() - (before == null ? 0 : before.ticks());
                out.merge(group(e.getValue().name()), ticks / (double) TICKS_PER_SECOND, Double::sum);
            }
        }
        return out;
    }

    /** What a thread is, from the name the JVM or the code gave it. */
    static String group(String name) {
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "jit";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
            return "gc-and-vm";
        }
        if (name.startsWith("ForkJoinPool")) {
            return "fork-join";
        }
        if (name.startsWith("siyaq-")) {
            return name.replaceAll("-\\d+$", "");
        }
        if (name.startsWith("MVStore") || name.startsWith("H2")) {
            return "h2:" + name;
        }
        if (name.equals("main") || name.equals("java")) {
            return "main";
        }
        return "other";
    }

    private static void read(Map<Long, Reading> into) {
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    // pid (comm) state ppid ... field 14 utime, 15 stime; comm may hold spaces and parentheses
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] rest = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
                    into.put(
                            Long.parseLong(task.getFileName().toString()),
                            new Reading(stat.substring(open + 1, close), ticks));
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the read: its last reading stands
                }
            });
        } catch (IOException e) {
            // no /proc: nothing to report
        }
    }
}
