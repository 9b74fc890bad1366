package org.siyaq.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Bridges the Uthmani (Quranic) spellings of docs/arabic.md ("Uthmani spellings") to standard
 * spelling, before {@code norm}'s normalizer runs: hamza on a tatweel, small high yeh, dagger alef and
 * hamza before alef, in that order. Each mark is read as attached to the letter before it. Marks other
 * than the ones these rules consume are left in place for the normalizer to remove.
 */
final class UthmaniSpelling {

    static final char TATWEEL = '\u0640';
    static final char HAMZA_ABOVE = '\u0654';
    static final char SMALL_HIGH_YEH = '\u06E7';
    static final char DAGGER_ALEF = '\u0670';
    static final char KASRA = '\u0650';
    static final char KASRATAN = '\u064D';
    static final char DAMMA = '\u064F';
    static final char DAMMATAN = '\u064C';
    static final char ALEF = '\u0627';
    static final char ALEF_HAMZA_ABOVE = '\u0623';
    static final char ALEF_MADDA = '\u0622';
    static final char HAMZA = '\u0621';
    static final char WAW_HAMZA = '\u0624';
    static final char YEH_HAMZA = '\u0626';
    static final char YEH = '\u064A';
    static final char ALEF_MAKSURA = '\u0649';
    static final char WAW = '\u0648';
    static final char TEH_MARBUTA = '\u0629';

    /**
     * The letter sequences where a dagger alef is dropped, with the dagger's position: هٰذ هٰؤ هٰك ذٰلك
     * لٰكن إلٰه ولٰئ رحمٰن. Each entry is the base letters and the index of the letter carrying the dagger.
     */
    private static final Object[][] SILENT_DAGGER = {
        {"\u0647\u0630", 0}, // ha-dhal: hadha
        {"\u0647\u0624", 0}, // ha-waw hamza: ha'ula'
        {"\u0647\u0643", 0}, // ha-kaf: hakadha
        {"\u0630\u0644\u0643", 0}, // dhalika
        {"\u0644\u0643\u0646", 0}, // lakin
        {"\u0625\u0644\u0647", 1}, // ilah
        {"\u0648\u0644\u0626", 1}, // ula'ika
        {"\u0631\u062D\u0645\u0646", 2} // rahman
    };

    private UthmaniSpelling() {}

    /** A base letter and the marks written after it. */
    private static final class Cluster {
        char letter;
        final StringBuilder marks = new StringBuilder(2);

        Cluster(char letter) {
            this.letter = letter;
        }

        boolean has(char mark) {
            return marks.indexOf(String.valueOf(mark)) >= 0;
        }

        void remove(char mark) {
            int i = marks.indexOf(String.valueOf(mark));
            if (i >= 0) {
                marks.deleteCharAt(i);
            }
        }
    }

    /** Whether {@code word} holds anything the rules could change; most words do not. */
    static boolean applies(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == HAMZA_ABOVE
                    || c == SMALL_HIGH_YEH
                    || c == DAGGER_ALEF
                    || ((c == ALEF_HAMZA_ABOVE || c == HAMZA) && nextLetter(word, i) == ALEF)) {
                return true;
            }
        }
        return false;
    }

    private static char nextLetter(String word, int i) {
        for (int j = i + 1; j < word.length(); j++) {
            if (!isMark(word.charAt(j))) {
                return word.charAt(j);
            }
        }
        return 0;
    }

    /** The word with the Uthmani spellings of docs/arabic.md made standard. */
    static String bridge(String word) {
        if (!applies(word)) {
            return word;
        }
        List<Cluster> clusters = parse(word);
        hamzaOnTatweel(clusters);
        smallHighYeh(clusters);
        daggerAlef(clusters);
        hamzaBeforeAlef(clusters);
        StringBuilder out = new StringBuilder(word.length() + 2);
        for (Cluster c : clusters) {
            if (c.letter != 0) {
                out.append(c.letter);
            }
            out.append(c.marks);
        }
        return out.toString();
    }

    private static List<Cluster> parse(String word) {
        List<Cluster> clusters = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (isMark(c)) {
                if (clusters.isEmpty()) {
                    clusters.add(new Cluster((char) 0));
                }
                clusters.get(clusters.size() - 1).marks.append(c);
            } else {
                clusters.add(new Cluster(c));
            }
        }
        return clusters;
    }

    /** Rule 1: a tatweel carrying a hamza above becomes the hamza letter its neighbours call for. */
    private static void hamzaOnTatweel(List<Cluster> clusters) {
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            if (c.letter != TATWEEL || !c.has(HAMZA_ABOVE)) {
                continue;
            }
            c.remove(HAMZA_ABOVE);
            boolean afterYeh = i > 0 && clusters.get(i - 1).letter == YEH;
            if (afterYeh || c.has(KASRA) || c.has(KASRATAN)) {
                c.letter = YEH_HAMZA;
            } else if (c.has(DAMMA) || c.has(DAMMATAN)) {
                c.letter = WAW_HAMZA;
            } else {
                c.letter = ALEF_HAMZA_ABOVE;
            }
        }
    }

    /** Rule 2: a small high yeh is a yeh after its letter. */
    private static void smallHighYeh(List<Cluster> clusters) {
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            if (c.has(SMALL_HIGH_YEH)) {
                c.remove(SMALL_HIGH_YEH);
                clusters.add(i + 1, new Cluster(YEH));
                i++;
            }
        }
    }

    /** Rule 3: the dagger alef, by the letter it sits on and the letters around it. */
    private static void daggerAlef(List<Cluster> clusters) {
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            if (!c.has(DAGGER_ALEF)) {
                continue;
            }
            c.remove(DAGGER_ALEF);
            char next = i + 1 < clusters.size() ? clusters.get(i + 1).letter : 0;
            if (c.letter == ALEF_MAKSURA) {
                if (next != 0) {
                    c.letter = ALEF;
                }
            } else if (c.letter == WAW && next == TEH_MARBUTA) {
                c.letter = ALEF;
            } else if (c.letter == WAW && next == ALEF) {
                clusters.remove(i);
                i--;
            } else if (!isSilent(clusters, i)) {
                clusters.add(i + 1, new Cluster(ALEF));
                i++;
            }
        }
    }

    /** Whether the dagger on {@code clusters[i]} lies inside one of {@link #SILENT_DAGGER}'s sequences. */
    private static boolean isSilent(List<Cluster> clusters, int i) {
        for (Object[] entry : SILENT_DAGGER) {
            String letters = (String) entry[0];
            int at = (Integer) entry[1];
            int start = i - at;
            if (start < 0 || start + letters.length() > clusters.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < letters.length() && match; k++) {
                match = clusters.get(start + k).letter == letters.charAt(k);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** Rule 4: hamza on alef or bare hamza before an alef that is not the word's last letter is alef madda. */
    private static void hamzaBeforeAlef(List<Cluster> clusters) {
        for (int i = 0; i + 2 < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            if ((c.letter == ALEF_HAMZA_ABOVE || c.letter == HAMZA) && clusters.get(i + 1).letter == ALEF) {
                c.letter = ALEF_MADDA;
                c.marks.append(clusters.get(i + 1).marks);
                clusters.remove(i + 1);
            }
        }
    }

    /** The Arabic combining marks (harakat, Quranic marks, small letters, dagger alef). */
    static boolean isMark(char c) {
        return (c >= '\u0610' && c <= '\u061A')
                || (c >= '\u064B' && c <= '\u065F')
                || c == DAGGER_ALEF
                || (c >= '\u06D6' && c <= '\u06DC')
                || (c >= '\u06DF' && c <= '\u06E8')
                || (c >= '\u06EA' && c <= '\u06ED');
    }
}
