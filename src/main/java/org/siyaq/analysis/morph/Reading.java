package org.siyaq.analysis.morph;

/**
 * One reading of a written word in the dictionary: its lemma as the dictionary writes it (verbs fully
 * vowelled, nouns bare) and its tag (LanguageTool's Arabic tag set: {@code V31;M1H-pa-;---} is a verb
 * of three letters, masculine singular 3rd person, past active).
 *
 * @param lemma the dictionary's lemma
 * @param tag   the dictionary's tag
 */
public record Reading(String lemma, String tag) {

    /** A coarse part of speech: {@code verb}, {@code noun}, {@code adjective}, {@code particle} or {@code other}. */
    public String pos() {
        if (tag.startsWith("V")) {
            return "verb";
        }
        if (tag.startsWith("NA")) {
            return "adjective";
        }
        if (tag.startsWith("N")) {
            return "noun";
        }
        return tag.startsWith("P") ? "particle" : "other";
    }

    public boolean isVerb() {
        return tag.startsWith("V");
    }

    public boolean isNoun() {
        return tag.startsWith("N");
    }

    /** A verb in the past or present tense (not an imperative, which the dictionary lists for many nouns' spellings). */
    boolean isFiniteVerb() {
        int semi = tag.indexOf(';');
        return isVerb() && semi >= 0 && tag.length() > semi + 6 && tag.charAt(semi + 5) != 'i';
    }

    /** A plural noun by the tag's number (3). */
    boolean isPlural() {
        int semi = tag.indexOf(';');
        return isNoun() && semi >= 0 && tag.length() > semi + 2 && tag.charAt(semi + 2) == '3';
    }
}
