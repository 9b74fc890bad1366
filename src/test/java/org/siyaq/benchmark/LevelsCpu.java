package org.siyaq.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.FormLevels;
import org.siyaq.analysis.Token;
import org.siyaq.analysis.morph.MorphDictionary;
import org.siyaq.corpus.SeedCorpus;
import org.siyaq.corpus.SourceDocument;

/**
 * The levels' CPU alone (docs/performance.md, "The levels' CPU, sixth session"): every distinct form of the
 * benchmark's corpus (the one {@link Benchmark} ingests, same seed) through {@link ArabicAnalysis#formLevels} on
 * one thread, in warm rounds, timed by the thread's CPU (the machine is shared), with a sha256 of every level of
 * every form so two builds can be held to the same answers.
 *
 * <p>System properties: {@code bench.tokens} (default 2,000,000), {@code bench.corpus} (default
 * {@code inflected}), {@code levels.rounds} (default 5), {@code levels.forms} (a file caching the forms, one a
 * line; written if absent).
 */
public final class LevelsCpu {

    private LevelsCpu() {}

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        ArabicAnalysis analysis = new ArabicAnalysis();
        long tokens = Long.getLong("bench.tokens", 2_000_000L);
        SyntheticCorpus.Kind kind = SyntheticCorpus.Kind.parse(System.getProperty("bench.corpus", "inflected"));
        Path cache = Path.of(System.getProperty("levels.forms", "target/levels-forms-" + kind + "-" + tokens + ".txt"));
        List<String> forms;
        if (Files.exists(cache)) {
            forms = Files.readAllLines(cache, StandardCharsets.UTF_8);
        } else {
            forms = forms(analysis, kind, tokens);
            Files.write(cache, forms, StandardCharsets.UTF_8);
        }
        System.out.println(forms.size() + " distinct forms, load average "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        MorphDictionary.shared().lookup("\u0643\u062A\u0628");
        long after = usedAfterGc(rt);
        System.out.println("heap of the dictionary (after GC): " + (after - before) + " bytes");

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int rounds = Integer.getInteger("levels.rounds", 5);
        for (int round = 0; round < rounds; round++) {
            FormLevels levels = analysis.formLevels();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (String form : forms) {
                String[] out = levels.of(form);
                for (String s : out) {
                    sha.update(s.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
                sha.update((byte) '\n');
            }
            double cpuUs = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / forms.size();
            double wallUs = (System.nanoTime() - wall) / 1e3 / forms.size();
            System.out.printf(
                    "round %d: %.2f us CPU a form (%.2f wall), load %.1f, sha256 %s%n",
                    round,
                    cpuUs,
                    wallUs,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    HexFormat.of().formatHex(sha.digest()));
        }
    }

    /** The distinct forms of the benchmark's corpus in the order of their first occurrence, as the ingest interns them. */
    static List<String> forms(ArabicAnalysis analysis, SyntheticCorpus.Kind kind, long tokens) {
        List<String> training =
                new SeedCorpus().documents().stream().map(SourceDocument::text).toList();
        Set<String> seen = new LinkedHashSet<>();
        for (SourceDocument d : SyntheticCorpus.of(kind, analysis, training, tokens, 20260101L)) {
            for (Token t : analysis.tokenize(d.text())) {
                seen.add(t.form());
            }
        }
        return new ArrayList<>(seen);
    }

    private static long usedAfterGc(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
