package org.siyaq.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Token;
import org.siyaq.corpus.SourceDocument;

/**
 * Baseline (c) of issue 14: BlackLab 4, the corpus engine a corpus linguist would otherwise deploy. BlackLab
 * pins Lucene 8 and the application uses Lucene 10, so it never joins this class path: its own small build
 * ({@code src/bench/blacklab}) is compiled with the Maven wrapper and run in a child JVM, which indexes the same
 * tokens (each token's written form and its {@code norm} from the same {@link ArabicAnalysis}, one TSV file a
 * document), times the same queries on {@code norm} and prints {@code FIGURE name value unit} lines, read here.
 */
final class BlackLabBaseline {

    static final Path PROJECT = Path.of("src/bench/blacklab");

    private final ArabicAnalysis analysis;
    private final Path dir;
    private final Figures figures;
    private final int warmups;
    private final int runs;

    BlackLabBaseline(ArabicAnalysis analysis, Path dir, Figures figures, int warmups, int runs) {
        this.analysis = analysis;
        this.dir = dir;
        this.figures = figures;
        this.warmups = warmups;
        this.runs = runs;
    }

    /**
     * The BlackLab figures alone, without Siyaq's (which {@link Benchmark} gives): the benchmark's corpus of
     * {@code bench.tokens} (default 2,000,000), the words at its ranks found from the same norms, into
     * {@code bench.dir} (default {@code target/benchmark-blacklab}).
     */
    public static void main(String[] args) throws Exception {
        ArabicAnalysis analysis = new ArabicAnalysis();
        List<SourceDocument> documents = List.copyOf(SyntheticCorpus.of(
                SyntheticCorpus.Kind.INFLECTED,
                analysis,
                new org.siyaq.corpus.SeedCorpus()
                        .documents().stream().map(SourceDocument::text).toList(),
                Long.getLong("bench.tokens", 2_000_000L),
                20260101L));
        Path dir = Path.of(System.getProperty("bench.dir", "target/benchmark-blacklab"));
        Benchmark.deleteRecursively(dir);
        Figures figures = new Figures(System.out, Integer.getInteger("bench.warmups", 3), 0);
        new BlackLabBaseline(
                        analysis,
                        dir,
                        figures,
                        Integer.getInteger("bench.warmups", 3),
                        Integer.getInteger("bench.runs", 7))
                .run(documents, null);
    }

    /** Writes the tokens, builds the driver, runs it on the words at the benchmark's ranks, and records its figures. */
    void run(List<SourceDocument> documents, List<String> words) throws IOException, InterruptedException {
        Path tsv = dir.resolve("tsv");
        Files.createDirectories(tsv);
        long started = System.nanoTime();
        Map<String, Integer> counts = writeTokens(documents, tsv);
        if (words == null) {
            words = wordsAtRanks(counts);
            figures.note("words at ranks " + java.util.Arrays.toString(Benchmark.RANKS) + ": " + words);
        }
        figures.note("blacklab: token files written in " + Math.round((System.nanoTime() - started) / 1e6) + " ms");

        Path classpath = dir.resolve("classpath.txt").toAbsolutePath();
        exec(
                List.of(
                        Path.of("mvnw").toAbsolutePath().toString(),
                        "-B",
                        "-ntp",
                        "-q",
                        "-f",
                        PROJECT.resolve("pom.xml").toString(),
                        "package",
                        "dependency:build-classpath",
                        "-Dmdep.outputFile=" + classpath),
                dir.resolve("build.log"));
        String cp = PROJECT.resolve("target/classes").toAbsolutePath()
                + java.io.File.pathSeparator
                + Files.readString(classpath).strip();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("bench.blacklabHeap", "3g"),
                "-Dfile.encoding=UTF-8",
                "-cp",
                cp,
                "org.siyaq.bench.blacklab.BlackLabDriver",
                tsv.toAbsolutePath().toString(),
                dir.resolve("index").toAbsolutePath().toString(),
                PROJECT.resolve("siyaq-tsv.blf.yaml").toAbsolutePath().toString(),
                Integer.toString(warmups),
                Integer.toString(runs)));
        command.addAll(words);
        Process driver = new ProcessBuilder(command)
                .redirectError(dir.resolve("driver.log").toFile())
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] f = line.split(" ");
                if (f.length == 4 && f[0].equals("FIGURE")) {
                    figures.put(f[1], Double.parseDouble(f[2]), f[3]);
                }
            }
        }
        if (driver.waitFor() != 0) {
            throw new IllegalStateException("the BlackLab driver failed: see " + dir.resolve("driver.log"));
        }
    }

    /** One TSV file a document: a header, then each token's form and norm (no tab, line break or ';' in a value). */
    private Map<String, Integer> writeTokens(List<SourceDocument> documents, Path tsv) throws IOException {
        Map<String, String> norms = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        int d = 0;
        for (SourceDocument document : documents) {
            Path file = tsv.resolve(String.format(Locale.ROOT, "d%06d.tsv", d++));
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("word\tnorm\n");
                for (Token t : analysis.tokenize(document.text())) {
                    w.write(clean(t.form()));
                    w.write('\t');
                    String norm = norms.computeIfAbsent(t.form(), analysis::norm);
                    counts.merge(norm, 1, Integer::sum);
                    w.write(clean(norm));
                    w.write('\n');
                }
            }
        }
        return counts;
    }

    /** As {@link Benchmark#wordsAtRanks}: plain words by frequency, ties in code-point order. */
    private static List<String> wordsAtRanks(Map<String, Integer> counts) {
        List<String> byFreq = counts.keySet().stream()
                .filter(s -> s.chars().allMatch(Character::isLetter))
                .sorted(java.util.Comparator.comparingInt((String s) -> -counts.get(s))
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .toList();
        List<String> out = new ArrayList<>();
        for (int rank : Benchmark.RANKS) {
            out.add(byFreq.get(Math.min(rank, byFreq.size()) - 1));
        }
        return out;
    }

    /** The TSV reader splits on tabs and lines and reads ';' as a value separator: none of them is in a word. */
    private static String clean(String value) {
        return value.isEmpty() ? "_" : value.replaceAll("[\\t\\r\\n;]", "_");
    }

    private static void exec(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        int code = builder.start().waitFor();
        if (code != 0) {
            throw new IllegalStateException("building the BlackLab baseline failed: see " + log);
        }
    }
}
