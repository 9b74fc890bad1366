package org.siyaq.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Map;
import javax.management.ObjectName;
import org.siyaq.index.CorpusIndex;

/**
 * The benchmark's view of where a loaded corpus's heap goes ({@code -Dbench.histogram=true}): the
 * JVM's class histogram (the same as {@code jcmd <pid> GC.class_histogram}, which runs a full GC
 * first) and the index's own accounting of its arrays, part by part, in bytes a token.
 */
final class HeapReport {

    private HeapReport() {}

    /** The first {@code lines} rows of the class histogram (after the full GC the command runs). */
    static String classHistogram(int lines) {
        try {
            String all = (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            return all.lines().limit(lines + 2L).reduce((a, b) -> a + "\n" + b).orElse("");
        } catch (Exception e) {
            return "no class histogram: " + e;
        }
    }

    /** Each part of the index in bytes a token, as the index counts its arrays. */
    static void parts(Figures figures, CorpusIndex index) {
        double n = Math.max(1, index.size());
        long total = 0;
        for (Map.Entry<String, Long> part : index.bytesByPart().entrySet()) {
            figures.put("siyaq.heap.part." + part.getKey(), part.getValue() / n, "bytes/token");
            total += part.getValue();
        }
        figures.put("siyaq.heap.parts", total / n, "bytes/token");
    }
}
