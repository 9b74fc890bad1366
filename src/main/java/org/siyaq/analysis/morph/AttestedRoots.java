package org.siyaq.analysis.morph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The roots attested in the dictionary, with how many of its verb lemmas each one has: {@code roots.tsv}
 * beside this class, derived from LanguageTool's Arabic dictionary (Arramooz data, GPL) by
 * {@code RootListGenerator} in the test sources (every verb lemma through {@link VerbRoot}, hollow and
 * defective verbs of form I settled by their imperfective).
 */
final class AttestedRoots {

    static final String RESOURCE = "roots.tsv";

    private final StringTable<Integer> verbCounts;

    private AttestedRoots(Map<String, Integer> verbCounts) {
        this.verbCounts = new StringTable<>(verbCounts);
    }

    private static final class Holder {
        static final AttestedRoots INSTANCE = load();
    }

    static AttestedRoots shared() {
        return Holder.INSTANCE;
    }

    private static AttestedRoots load() {
        Map<String, Integer> counts = new HashMap<>(16_384);
        try (InputStream in = Objects.requireNonNull(AttestedRoots.class.getResourceAsStream(RESOURCE), RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0 && !line.startsWith("#")) {
                    counts.put(
                            line.substring(0, tab),
                            Integer.parseInt(line.substring(tab + 1).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new AttestedRoots(counts);
    }

    boolean contains(String root) {
        return verbCounts.containsKey(root);
    }

    /** How many verb lemmas of the dictionary have this root; 0 if it is not attested. */
    int weight(String root) {
        return verbCounts.getOrDefault(root, 0);
    }

    int size() {
        return verbCounts.size();
    }
}
