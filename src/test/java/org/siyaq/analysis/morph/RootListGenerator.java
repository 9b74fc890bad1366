package org.siyaq.analysis.morph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes {@code roots.tsv}, the attested roots of {@link AttestedRoots}: the root of every verb lemma of
 * LanguageTool's Arabic dictionary, by {@link VerbRoot}. Where the perfective leaves the weak radical open
 * (قال: و or ي), a form I verb is settled by its imperfective in the dictionary (يقول → و, يبيع → ي), a
 * derived one by the form I verb so settled (سَمَّى → سما يسمو → و), any other by a root that an unambiguous
 * lemma already attests. Run by hand after a dictionary upgrade:
 * {@code java -cp <test classpath> org.siyaq.analysis.morph.RootListGenerator src/main/resources/org/siyaq/analysis/morph/roots.tsv}.
 */
public final class RootListGenerator {

    private RootListGenerator() {}

    public static void main(String[] args) throws IOException {
        MorphDictionary dictionary = MorphDictionary.shared();
        Set<String> verbLemmas = new HashSet<>();
        dictionary.forEach((form, lemma, tag) -> {
            if (tag.startsWith("V")) {
                verbLemmas.add(lemma);
            }
        });
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> formOne = new HashMap<>(); // weak roots with form I verbs, and how many
        List<List<String>> open = new ArrayList<>();
        for (String lemma : verbLemmas) {
            List<String> candidates = VerbRoot.candidates(lemma);
            if (candidates.size() == 1) {
                counts.merge(candidates.get(0), 1, Integer::sum);
                if (isFormOne(lemma) && candidates.get(0).charAt(2) == VerbRoot.YEH) {
                    formOne.merge(candidates.get(0), 1, Integer::sum); // لَقِيَ, written with its ي
                }
            } else if (candidates.size() == 2) {
                String settled = byImperfective(dictionary, lemma, candidates);
                if (settled != null) {
                    counts.merge(settled, 1, Integer::sum);
                    formOne.merge(settled, 1, Integer::sum);
                } else {
                    open.add(candidates);
                }
            }
        }
        for (List<String> candidates : open) {
            // a derived form's weak radical is that of the form I verb of the same letters (سَمَّى of سما يسمو, أَعْطَى
            // of عطا يعطو); failing one, a root some lemma already attests, the first candidate before the second
            int byFormOne = Integer.compare(
                    formOne.getOrDefault(candidates.get(0), 0), formOne.getOrDefault(candidates.get(1), 0));
            boolean first = byFormOne != 0
                    ? byFormOne > 0
                    : counts.containsKey(candidates.get(0)) || !counts.containsKey(candidates.get(1));
            String pick = first ? candidates.get(0) : candidates.get(1);
            counts.merge(pick, 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder(
                "# root\tverb lemmas; derived from LanguageTool's Arabic dictionary (Arramooz, GPL) by RootListGenerator\n");
        new TreeMap<>(counts)
                .forEach((root, n) -> out.append(root).append('\t').append(n).append('\n'));
        Files.writeString(Path.of(args[0]), out, StandardCharsets.UTF_8);
        System.out.println(counts.size() + " roots from " + verbLemmas.size() + " verb lemmas");
    }

    /** A verb of form I: three letters, no shadda (its final ي or ى is the root's: لَقِيَ، شَفَى). */
    private static boolean isFormOne(String lemma) {
        return Morphology.plain(lemma).length() == 3 && lemma.indexOf(VerbRoot.SHADDA) < 0;
    }

    /** A form I hollow or defective verb: the candidate whose imperfective (he) the dictionary gives this lemma for. */
    private static String byImperfective(MorphDictionary dictionary, String lemma, List<String> candidates) {
        if (Morphology.plain(lemma).length() != 3) {
            return null;
        }
        for (String root : candidates) {
            // yaqulu for q-w-l, yadʿu for d-ʿ-w: yeh and the three radicals
            String imperfective = "" + VerbRoot.YEH + root;
            for (Reading r : dictionary.lookup(imperfective)) {
                if (r.lemma().equals(lemma)) {
                    return root;
                }
            }
        }
        return null;
    }
}
