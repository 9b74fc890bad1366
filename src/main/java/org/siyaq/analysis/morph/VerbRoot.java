package org.siyaq.analysis.morph;

import java.util.ArrayList;
import java.util.List;
import org.siyaq.analysis.script.Buckwalter;

/**
 * The root of a verb from its fully vowelled dictionary lemma (the perfective, 3rd person masculine
 * singular): the measure (forms I–X, quadriliteral) is read off the letters, the vowels and the shadda
 * (Wright, <i>A Grammar of the Arabic Language</i>, 3rd ed., vol. 1, §§36–64), its augment letters are
 * removed, and a weak radical the perfective hides (قال، دعا، رمى) or a geminate it writes once (مدّ) is
 * restored. Where the weak letter could be و or ي, both come back, the likelier first.
 */
final class VerbRoot {

    static final char HAMZA = '\u0621';
    static final char ALEF = '\u0627';
    static final char ALEF_MAKSURA = '\u0649';
    static final char WAW = '\u0648';
    static final char YEH = '\u064A';
    static final char TEH = '\u062A';
    static final char TAH = '\u0637';
    static final char DAL = '\u062F';
    static final char SEEN = '\u0633';
    static final char NOON = '\u0646';
    static final char SHADDA = '\u0651';
    static final char SUKUN = '\u0652';
    static final char ALEF_MADDA = '\u0622';
    private static final String ITTAKHADHA_CORE = Buckwalter.arabic("x*"); // ittakhadha: root ء خ ذ
    private static final String HAMZA_SEATS = Buckwalter.arabic("'>&<}");

    private VerbRoot() {}

    /** A letter of the lemma and whether a shadda or a sukun follows it. */
    private record Letter(char c, boolean shadda, boolean sukun) {}

    /** The root candidates of a vowelled verb lemma, likelier first; empty if it is not a verb shape we know. */
    static List<String> candidates(String vowelledLemma) {
        List<Letter> l = letters(vowelledLemma);
        int n = l.size();
        if (n < 2) {
            return List.of();
        }
        List<Letter> core;
        boolean derived = true;
        char first = l.get(0).c();
        if (n >= 5
                && first == ALEF
                && l.get(1).c() == SEEN
                && l.get(2).c() == TEH
                && (n > 5 || l.get(4).shadda() || l.get(3).c() == ALEF)) {
            core = l.subList(3, n); // X istaf'ala
        } else if (n >= 4 && first == ALEF && l.get(1).shadda()) {
            // VIII with the teh assimilated: ittasala (waw), iddaʿa (dal)
            Letter assimilated = l.get(1);
            core = new ArrayList<>(l.subList(1, n));
            if (assimilated.c() == TEH) {
                core.set(0, new Letter(WAW, false, false));
            }
            core.set(0, new Letter(core.get(0).c(), false, false));
        } else if (n == 5
                && first == ALEF
                && l.get(4).shadda()
                && l.get(2).c() != TEH
                && l.get(3).c() != ALEF
                && l.get(1).c() != NOON) {
            core = l.subList(1, n); // quadriliteral IV ifʿalalla: iṭmaʾanna (ط م ء ن), the last radical doubled
        } else if (n >= 4
                && first == ALEF
                && isInfixOfEight(l.get(1).c(), l.get(2).c())) {
            core = new ArrayList<>();
            core.add(l.get(1));
            core.addAll(l.subList(3, n)); // VIII ifta'ala
        } else if (n >= 5 && first == ALEF && l.get(1).c() == NOON) {
            core = l.subList(2, n); // VII infa'ala
        } else if (n >= 4
                && first == TEH
                && (n >= 5 || l.get(2).shadda() || l.get(2).c() == ALEF)) {
            core = new ArrayList<>(l.subList(1, n)); // V tafa''ala, VI tafa'ala
            if (core.size() == 4 && core.get(1).c() == ALEF) {
                core.remove(1);
            }
        } else if (first == ALEF_MADDA && n == 2) {
            // a hollow verb of form I with hamza first: ala = a + alef + l (ء و ل)
            core = List.of(new Letter(HAMZA, false, false), new Letter(ALEF, false, false), l.get(1));
            derived = false;
        } else if (first == ALEF_MADDA) {
            core = new ArrayList<>();
            core.add(new Letter(HAMZA, false, false)); // amana = a'mana, IV of ء م ن
            core.addAll(l.subList(1, n));
        } else if (isHamza(first)
                && ((n == 4
                                && (l.get(0).sukun()
                                        || l.get(1).sukun()
                                        || l.get(2).c() == ALEF
                                        || l.get(3).c() == ALEF_MAKSURA))
                        || (n == 3 && l.get(2).shadda()))) {
            core = l.subList(1, n); // IV af'ala (also ajwaf aqama, naqis a'ta, mudaʿʿaf ahabba)
        } else if (n == 4 && l.get(1).c() == ALEF) {
            core = new ArrayList<>(List.of(l.get(0), l.get(2), l.get(3))); // III fa'ala
        } else {
            core = l;
            derived = false;
        }
        if (derived
                && core.size() == 3
                && core.get(0).c() == WAW
                && first == ALEF
                && l.get(1).c() == TEH
                && l.get(1).shadda()
                && core.get(1).c() == ITTAKHADHA_CORE.charAt(0)
                && core.get(2).c() == ITTAKHADHA_CORE.charAt(1)) {
            // ittakhadha: the ت of VIII took in a hamza, not a و (the grammars derive ittakhadha from أخذ; Hans Wehr
            // files it there)
            return List.of(HAMZA + ITTAKHADHA_CORE);
        }
        return restore(core, derived);
    }

    private static List<String> restore(List<Letter> core, boolean derived) {
        int n = core.size();
        if (n == 2 && core.get(1).shadda()) {
            char a = radical(core.get(0).c(), 0);
            char b = core.get(1).c();
            return List.of("" + a + b + b); // madda, istamarra, ahabba
        }
        if (n == 2) {
            return List.of(); // a two-letter perfective without shadda is not a verb
        }
        if (n == 4) {
            StringBuilder q = new StringBuilder(4);
            for (int i = 0; i < 4; i++) {
                q.append(radical(core.get(i).c(), i));
            }
            return q.indexOf(String.valueOf(ALEF)) >= 0 ? List.of() : List.of(q.toString());
        }
        if (n != 3) {
            return List.of();
        }
        char a = radical(core.get(0).c(), 0);
        char b = core.get(1).c();
        char c = core.get(2).c();
        List<String> out = new ArrayList<>(2);
        if (b == ALEF) {
            out.add("" + a + WAW + hamzaOr(c));
            out.add("" + a + YEH + hamzaOr(c));
        } else if (c == ALEF) {
            out.add("" + a + hamzaOr(b) + WAW);
            out.add("" + a + hamzaOr(b) + YEH);
        } else if (c == ALEF_MAKSURA) {
            // form I rama (ي); derived forms write ى whatever the radical (a'ta from ع ط و)
            out.add("" + a + hamzaOr(b) + YEH);
            if (derived) {
                out.add("" + a + hamzaOr(b) + WAW);
            }
        } else {
            out.add("" + a + hamzaOr(b) + hamzaOr(c));
        }
        // immutable like the other answers, so callers see two list classes (List.of's), not three
        return List.copyOf(out);
    }

    /**
     * Whether {@code infix} after the first radical {@code first} is the ت of form VIII: ت after any radical, ط after
     * the emphatics ص ض ط ظ (iṣṭalaḥa), د after د ذ ز (izdahara); Wright, vol. 1, §54. So inṭalaqa is VII of ط ل ق,
     * not VIII of a root ن ل ق.
     */
    private static boolean isInfixOfEight(char first, char infix) {
        return infix == TEH
                || (infix == TAH && EMPHATICS.indexOf(first) >= 0)
                || (infix == DAL && VOICED_DENTALS.indexOf(first) >= 0);
    }

    private static final String EMPHATICS = "\u0635\u0636\u0637\u0638";
    private static final String VOICED_DENTALS = "\u062F\u0630\u0632";

    private static char radical(char c, int position) {
        return position == 0 && c == ALEF ? HAMZA : hamzaOr(c);
    }

    private static char hamzaOr(char c) {
        return isHamza(c) ? HAMZA : c == ALEF_MAKSURA ? YEH : c;
    }

    static boolean isHamza(char c) {
        return HAMZA_SEATS.indexOf(c) >= 0;
    }

    private static List<Letter> letters(String vowelled) {
        List<Letter> out = new ArrayList<>(vowelled.length());
        for (int i = 0; i < vowelled.length(); i++) {
            char c = vowelled.charAt(i);
            if (c == SHADDA || c == SUKUN) {
                if (!out.isEmpty()) {
                    Letter last = out.remove(out.size() - 1);
                    out.add(new Letter(last.c(), last.shadda() || c == SHADDA, last.sukun() || c == SUKUN));
                }
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.add(new Letter(c, false, false));
            }
        }
        return out;
    }
}
