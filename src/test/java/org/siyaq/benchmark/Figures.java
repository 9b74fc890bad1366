package org.siyaq.benchmark;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times work and prints one line per figure, {@code name value unit}: a timed figure is the median of
 * several runs after warm-up runs, and each run's result is kept live so the JIT cannot drop the work.
 */
final class Figures {

    private final PrintStream out;
    private final int warmups;
    private final int runs;
    private final Map<String, Double> values = new LinkedHashMap<>();
    private volatile Object sink;

    Figures(PrintStream out, int warmups, int runs) {
        this.out = out;
        this.warmups = warmups;
        this.runs = runs;
    }

    /** The median wall time, in milliseconds, of {@code work} after the warm-up runs. */
    double time(String name, Supplier<?> work) {
        return time(name, warmups, runs, work);
    }

    double time(String name, int warm, int timed, Supplier<?> work) {
        for (int i = 0; i < warm; i++) {
            sink = work.get();
        }
        double[] ms = new double[timed];
        for (int i = 0; i < timed; i++) {
            long started = System.nanoTime();
            sink = work.get();
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(ms);
        double median = timed % 2 == 1 ? ms[timed / 2] : (ms[timed / 2 - 1] + ms[timed / 2]) / 2;
        return put(name, median, "ms");
    }

    /** Like {@link #time(String, Supplier)}, timing only {@code work} on what an untimed {@code setup} made for that run. */
    <S> double time(String name, Supplier<S> setup, java.util.function.Function<S, ?> work) {
        for (int i = 0; i < warmups; i++) {
            sink = work.apply(setup.get());
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            S prepared = setup.get();
            long started = System.nanoTime();
            sink = work.apply(prepared);
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(ms);
        double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        return put(name, median, "ms");
    }

    double put(String name, double value, String unit) {
        values.put(name, value);
        out.printf(Locale.ROOT, "%s %s %s%n", name, format(value), unit);
        out.flush();
        return value;
    }

    /** Prints {@code ratio.<name> = siyaq / baseline} when both figures exist (below 1 means Siyaq is faster). */
    void ratio(String name, String siyaq, String baseline) {
        Double a = values.get(siyaq);
        Double b = values.get(baseline);
        if (a != null && b != null && b > 0) {
            put("ratio." + name, a / b, "x");
        }
    }

    void note(String text) {
        out.println("# " + text);
        out.flush();
    }

    Double get(String name) {
        return values.get(name);
    }

    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
