package org.siyaq.analysis.morph;

import java.util.ArrayList;
import java.util.List;
import org.siyaq.analysis.script.Buckwalter;

/**
 * Pattern (wazn) analysis of an unvowelled word: every pattern of the word's length whose affix letters
 * it shows gives root candidates, with the weak radical restored where the pattern hides it (hollow,
 * defective, assimilated) and the geminate where it is written once (doubled). The patterns are the
 * common nominal and verbal measures of the grammars (Wright, vol. 1, §§195–245 and §§36–64), written
 * here in Buckwalter with the radicals as digits {@code 1 2 3 4}; a root template's {@code *} is و or ي.
 */
final class Wazn {

    /** One candidate root and how good the pattern's fit is (more affix letters explained, fewer assumptions). */
    record Candidate(String root, double score) {}

    /**
     * A pattern as matched: {@code letters} a char each, {@code radicals[i]} the radical that position stands for (1
     * to 4) or 0 for an affix letter, {@code literals} how many affix letters it has; the kind as flags.
     */
    private record Pattern(
            String letters,
            String template,
            double penalty,
            char[] chars,
            byte[] radicals,
            int literals,
            boolean plural,
            boolean verbal,
            boolean elative) {

        static Pattern of(String letters, String template, double penalty, String kind) {
            char[] chars = letters.toCharArray();
            byte[] radicals = new byte[chars.length];
            int literals = 0;
            for (int i = 0; i < chars.length; i++) {
                if (Character.isDigit(chars[i])) {
                    radicals[i] = (byte) (chars[i] - '0');
                } else {
                    literals++;
                }
            }
            return new Pattern(
                    letters,
                    template,
                    penalty,
                    chars,
                    radicals,
                    literals,
                    kind.equals("pl"),
                    kind.equals("vb"),
                    kind.equals("el"));
        }
    }

    /** A char Buckwalter's table does not use, standing for the weak radical while the templates are converted. */
    private static final char WEAK_MARK = '@';

    /**
     * pattern, root template, penalty, and a kind where the pattern is one of a broken plural only ({@code pl}), of
     * the elative and colour adjectives afʿal ({@code el}) or of a perfective verb only ({@code vb}: أقام، انشق، استمر,
     * which a singular noun does not take: أساس is of ء س س, أنسب of ن س ب); in Buckwalter, radicals as digits.
     */
    private static final String[][] TABLE = {
        // three sound radicals
        {"123", "123", "0"},
        {"1A23", "123", "0"},
        {"12A3", "123", "0"},
        {"12y3", "123", "0"},
        {"12w3", "123", "0"},
        {"123p", "123", "0"},
        {"12A3p", "123", "0"},
        {"12y3p", "123", "0"},
        {"12w3p", "123", "0"},
        {"1A23p", "123", "0"},
        {"m123", "123", "0"},
        {"m123p", "123", "0"},
        {"m12w3", "123", "0"},
        {"m12A3", "123", "0"},
        {"m12y3", "123", "0"},
        {"m1A23", "123", "0", "pl"},
        {"m1A2y3", "123", "0", "pl"},
        {"1wA23", "123", "0", "pl"},
        {"12A}3", "123", "0", "pl"},
        {"A12A3", "123", "0"},
        {"A123", "123", "0", "el"},
        {"A123p", "123", "0", "pl"},
        {"123A'", "123", "0"},
        {"A123A'", "123", "0", "pl"},
        {"123An", "123", "0"},
        {"123Y", "123", "0"},
        {"12A3Y", "123", "0"},
        {"t12y3", "123", "0"},
        {"t123p", "123", "0"},
        {"t1A23", "123", "0"},
        {"t123", "123", "0"},
        {"A1t2A3", "123", "0"},
        {"An12A3", "123", "0"},
        {"Ast12A3", "123", "0"},
        {"m1t23", "123", "0"},
        {"m1t23p", "123", "0"},
        {"mn123", "123", "0"},
        {"mst123", "123", "0"},
        {"mt123", "123", "0"},
        {"mt1A23", "123", "0"},
        {"A1t23", "123", "0", "vb"},
        {"An123", "123", "0", "vb"},
        {"Ast123", "123", "0", "vb"},
        {"t1A2y3", "123", "0"},
        {"y123", "123", "0"},
        {"n123", "123", "0"},
        {"12A3y", "123", "0"},
        {"1w23", "123", "0"},
        {"1y23", "123", "0"},
        {"m1A23p", "123", "0"},
        {"1A2w3", "123", "0"},
        {"12yA3", "123", "0"},
        {"A12w3p", "123", "0"},
        {"12A3An", "123", "0"},
        {"mst12A3", "123", "0"},
        {"12Aw3", "123", "0"},
        // hollow: the middle radical hidden or written as alef or hamza
        {"1A3", "1*3", "0.5"},
        {"m1A3", "1*3", "0.5"},
        {"m1A3p", "1*3", "0.5"},
        {"1A}3", "1*3", "0.5"},
        {"1A}3p", "1*3", "0.5"},
        {"A1A3p", "1*3", "0.5"},
        {"Ast1A3p", "1*3", "0.5"},
        {"Ast1A3", "1*3", "0.5"},
        {"13", "1*3", "0.7"},
        {"y13", "1*3", "0.5"},
        {"t13", "1*3", "0.5"},
        {"A1A3", "1*3", "0.5", "vb"},
        {"1A3p", "1*3", "0.5"},
        {"mst1A3", "1*3", "0.5"},
        {"m13", "1*3", "0.5"},
        {"A1tA3", "1*3", "1"}, // the t of VIII, or a radical (افتتاح is not of ف و ح): use decides
        {"m1tA3", "1*3", "1"}, // مختار of خ ي ر, or mifʿāl (مفتاح of ف ت ح): use decides
        {"An1yA3", "1*3", "0.5"},
        {"m1y3p", "1*3", "1"},
        {"m1A}3", "1*3", "0.5"},
        {"1yA3", "1*3", "1"},
        // faiʿil and faiʿila (ميت، سيد، سيئة) and fiʿla with و become ي after kasra (قيمة، عيد): the ي written may
        // stand for و, so the pattern ties with the sound reading and use decides (Wright, vol. 1, §§ 244, 149)
        {"1y3", "1*3", "1"},
        {"1y3p", "1*3", "1"},
        // defective: the last radical hidden or written as alef, alef maqsura or hamza
        {"12A", "12*", "0.5"},
        {"12Y", "12*", "0.5"},
        {"12A'", "12*", "1.5"},
        {"m12Y", "12*", "0.5"},
        {"A12A'", "12*", "1.5"},
        {"Ast12A'", "12*", "1.5"},
        {"A1t2A'", "12*", "1.5"},
        {"A12Y", "12*", "0.5"},
        {"Ast12Y", "12*", "0.5"},
        {"A1t2Y", "12*", "0.5"},
        {"An12Y", "12*", "0.5"},
        {"t12Y", "12*", "0.5"},
        {"12Ap", "12*", "0.5"},
        {"y12Y", "12*", "0.5"},
        {"12", "12*", "1"},
        {"1A2", "12*", "1"},
        {"m12A", "12*", "0.5"},
        {"1A2yp", "12y", "0.5"},
        {"12Ayp", "12y", "0.5"},
        {"t1A2y", "12*", "0.5"},
        {"m12y", "12*", "1"},
        {"mt12y", "12*", "1"},
        {"mst12y", "12*", "1"},
        {"A1t2A}", "12*", "1.5"},
        // fāʿin written with its ي (العالي، الجاري): ties with fāʿil of a ي root, so use decides between و and ي
        {"1A2y", "12*", "1"},
        // fuʿlā of a defective root, its ى written ا after ي (دنيا، عليا)
        {"12yA", "12*", "0.5"},
        // mafāʿin, the plural of mafʿā and mafʿan (معاني، مباني، مقاهي)
        {"m1A2y", "12*", "1", "pl"},
        // faʿāyā, the plural of faʿīla and fāʿila of a defective root (قضايا، هدايا، زوايا; Wright, vol. 1, §305)
        {"12AyA", "12*", "0.5", "pl"},
        // assimilated: the first radical waw dropped or assimilated; y23 t23 n23 are imperfectives (يصل، تصل، نجد),
        // which a singular noun does not take (نبأ is of ن ب ء, not of و ب ء)
        {"23p", "w23", "0.5"},
        {"y23", "w23", "0.5", "vb"},
        {"t23", "w23", "0.5", "vb"},
        {"n23", "w23", "0.5", "vb"},
        {"At23", "w23", "0.5"},
        {"At2A3", "w23", "0.5"},
        {"mt23", "w23", "1"},
        {"my2A3", "w23", "0.5"},
        {"Aty23", "w23", "1"},
        {"Ay2A3", "w23", "0.5"}, // ifʿāl of an assimilated root, و after kasra written ي: إيجاد، إيضاح
        // doubled: the geminate written once
        {"12", "122", "0.5"},
        {"12p", "122", "0.5"},
        {"m12", "122", "0.5"},
        {"m12p", "122", "0.5"},
        {"1A2", "122", "0.5"},
        {"1A2p", "122", "0.5"},
        {"y12", "122", "0.5"},
        {"t12", "122", "0.5"},
        {"Ast12", "122", "0.5", "vb"},
        {"A12", "122", "0.5", "el"},
        {"A1t2", "122", "0.5", "vb"},
        {"An12", "122", "0.5", "vb"},
        {"m1t2", "122", "0.5"},
        {"mst12", "122", "0.5"},
        {"mn12", "122", "1.5"}, // rare (the participle of a doubled VII): منزل is m123 of ن ز ل, not of ز ل ل
        {"A12p", "122", "0.5", "pl"},
        {"1A2An", "122", "1"},
        {"1wA2", "122", "0.5", "pl"}, // fawāʿl, the plural of fāʿla: مواد، خواص
        // four radicals
        {"1234", "1234", "0.2"},
        {"m1234", "1234", "0.2"},
        {"mt1234", "1234", "0.2"},
        {"t1234", "1234", "0.2"},
        {"1234p", "1234", "0.2"},
        {"12A34", "1234", "0.2"},
        {"1234y", "1234", "0.4"},
        {"123w4", "1234", "0.2"}, // fuʿlūl: جمهور، عصفور
        {"1234An", "1234", "0.2"}, // fuʿlulān: ترجمان
        {"123A4p", "1234", "0.2"}, // fiʿlāla: زنزانة
    };

    private static final List<Pattern> PATTERNS = patterns();

    /**
     * {@link #PATTERNS} by the length of their letters, each list in table order: a word is matched only against the
     * patterns of its length, which the loop over every pattern did by skipping the others (docs/performance.md,
     * "The levels' CPU, sixth session").
     */
    private static final List<List<Pattern>> BY_LENGTH = byLength(PATTERNS);

    private Wazn() {}

    private static List<Pattern> patterns() {
        List<Pattern> out = new ArrayList<>(TABLE.length);
        for (String[] row : TABLE) {
            // '*' (و or ي) is dhal in Buckwalter: it is kept out of the conversion
            String template = Buckwalter.arabic(row[1].replace('*', WEAK_MARK)).replace(WEAK_MARK, '*');
            out.add(Pattern.of(
                    Buckwalter.arabic(row[0]), template, Double.parseDouble(row[2]), row.length > 3 ? row[3] : ""));
        }
        return out;
    }

    /** Every root the patterns offer for {@code word} (unvowelled, hamza written where it is), with its fit. */
    static List<Candidate> candidates(String word) {
        return candidates(word, WordKind.ANY);
    }

    /**
     * What the dictionary says of the word, so that patterns unlikely for its shape weigh {@link #UNLIKELY} less: for
     * a singular noun those of a broken plural (أسرة is fuʿla of ء س ر, not afʿila of س ر ر), for a primary noun the
     * elative afʿal (أهل of ء ه ل, not of ه ل ل; the dictionary tags some elatives as primary, so أشد keeps ش د د
     * where ء ش د is no root).
     */
    record WordKind(boolean singular, boolean primary) {
        static final WordKind ANY = new WordKind(false, false);
    }

    /** {@link #candidates(String)} on the patterns {@code reading} allows. */
    static List<Candidate> candidates(String word, WordKind reading) {
        String w = expandMadda(word);
        List<Candidate> out = new ArrayList<>();
        if (w.length() >= BY_LENGTH.size()) {
            return out;
        }
        List<Pattern> patterns = BY_LENGTH.get(w.length());
        long fitting = fitting(w);
        for (int k = 0; k < patterns.size(); k++) {
            if ((fitting & 1L << k) == 0) {
                continue;
            }
            Pattern p = patterns.get(k);
            boolean unlikely = (reading.singular() && (p.plural() || p.verbal())) || (reading.primary() && p.elative());
            if (fitting == ALL) {
                match(w, p, unlikely ? UNLIKELY : 0, out);
            } else {
                matchRadicals(w, p, unlikely ? UNLIKELY : 0, out);
            }
        }
        return out;
    }

    /** What {@link #fitting} gives for a word with a char outside the table: every pattern, each to be tested. */
    private static final long ALL = -1L;

    /** The letters {@link #LETTER_FITS} has a row for: hamza to yeh. */
    private static final char FIRST_LETTER = '\u0621';

    private static final char LAST_LETTER = '\u064A';

    /**
     * {@code LETTER_FITS[length][i][c - FIRST_LETTER]}: bit k set if the k-th pattern of that length ({@link #BY_LENGTH})
     * takes the letter {@code c} at position {@code i}, as {@link #match} tests it (an affix letter by
     * {@link #sameLiteral}, a radical unless ة): a word's patterns are the AND of its letters' rows.
     */
    private static final long[][][] LETTER_FITS = letterFits();

    private static long[][][] letterFits() {
        long[][][] out = new long[BY_LENGTH.size()][][];
        for (int length = 0; length < out.length; length++) {
            List<Pattern> patterns = BY_LENGTH.get(length);
            if (patterns.size() > Long.SIZE) {
                throw new IllegalStateException(
                        patterns.size() + " patterns of " + length + " letters, more than a long");
            }
            out[length] = new long[length][LAST_LETTER - FIRST_LETTER + 1];
            for (int k = 0; k < patterns.size(); k++) {
                Pattern p = patterns.get(k);
                for (int i = 0; i < length; i++) {
                    for (char c = FIRST_LETTER; c <= LAST_LETTER; c++) {
                        if (fits(p, i, c)) {
                            out[length][i][c - FIRST_LETTER] |= 1L << k;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Whether the patterns' letter test of {@link #match} passes for letter {@code c} at position {@code i}. */
    private static boolean fits(Pattern p, int i, char c) {
        return p.radicals()[i] == 0 ? sameLiteral(p.chars()[i], c, i) : c != '\u0629';
    }

    /** Which patterns of the word's length may fit it, by {@link #LETTER_FITS}; all of them if a char has no row. */
    private static long fitting(String w) {
        long[][] rows = LETTER_FITS[w.length()];
        long out = -1L;
        for (int i = 0; i < rows.length; i++) {
            char c = w.charAt(i);
            if (c < FIRST_LETTER || c > LAST_LETTER) {
                return ALL; // match tests every pattern itself
            }
            out &= rows[i][c - FIRST_LETTER];
        }
        return out;
    }

    private static List<List<Pattern>> byLength(List<Pattern> patterns) {
        List<List<Pattern>> out = new ArrayList<>();
        for (Pattern p : patterns) {
            while (out.size() <= p.letters().length()) {
                out.add(new ArrayList<>());
            }
            out.get(p.letters().length()).add(p);
        }
        return out.stream().map(List::copyOf).toList();
    }

    /** Alef madda is hamza + alef (آثار = أ + ء + ثار): written as two letters it fits the patterns. */
    private static String expandMadda(String word) {
        return word.indexOf(VerbRoot.ALEF_MADDA) < 0
                ? word
                : word.replace(String.valueOf(VerbRoot.ALEF_MADDA), "" + VerbRoot.ALEF + VerbRoot.HAMZA);
    }

    /** What a pattern unlikely for the word's kind loses: one affix letter, so the sound reading beats it. */
    private static final double UNLIKELY = 1;

    /**
     * What a final hamza after alef read as the weak radical loses: nothing, so that use decides between the weak root
     * and a hamzated one (سماء، هواء، قضائي are of س م و، ه و ي، ق ض ي, إنشاء of ن ش ء; Wright, vol. 1, §135: after ā
     * a final و or ي is written ء).
     */
    private static final double WEAK_AS_HAMZA = 0;

    private static void match(String w, Pattern p, double lessBy, List<Candidate> out) {
        // the affix letters first, which turn most patterns away before any radical is read
        for (int i = 0; i < w.length(); i++) {
            if (!fits(p, i, w.charAt(i))) {
                return; // ta marbuta is never a radical
            }
        }
        matchRadicals(w, p, lessBy, out);
    }

    /** {@link #match} for a pattern whose letters the word fits: the radicals it reads, and the roots they give. */
    private static void matchRadicals(String w, Pattern p, double lessBy, List<Candidate> out) {
        char[] letters = p.chars();
        byte[] slots = p.radicals();
        char[] radicals = new char[5];
        for (int i = 0; i < letters.length; i++) {
            int r = slots[i];
            if (r != 0) {
                char wc = w.charAt(i);
                if (radicals[r] != 0 && radicals[r] != wc) {
                    return;
                }
                radicals[r] = wc;
            }
        }
        if (isHollow(p.template()) && radicals[3] == VerbRoot.ALEF_MAKSURA) {
            return; // a root weak in its last radical keeps its middle one written (هوى، روى، مأوى): مدى is not of د و
            // ي
        }
        double score = p.literals() - p.penalty() - lessBy;
        for (String root : fill(p.template(), radicals)) {
            out.add(new Candidate(root, score));
        }
        int last = p.template().length() - 1;
        char lastRadical = p.template().charAt(last);
        if (p.template().length() == 3 && Character.isDigit(lastRadical)) {
            int at = p.letters().indexOf(lastRadical);
            if (at > 0 && p.letters().charAt(at - 1) == VerbRoot.ALEF && VerbRoot.isHamza(w.charAt(at))) {
                for (String root : fill(p.template(), radicals)) {
                    String stem = root.substring(0, last);
                    out.add(new Candidate(stem + VerbRoot.WAW, score - WEAK_AS_HAMZA));
                    out.add(new Candidate(stem + VerbRoot.YEH, score - WEAK_AS_HAMZA));
                }
            }
        }
    }

    /** A template that hides the middle radical (1*3). */
    private static boolean isHollow(String template) {
        return template.length() == 3 && template.charAt(1) == '*';
    }

    /**
     * A pattern's alef matches an initial alef the writer may have written with hamza (أفعال، إفعال); hamza seats
     * match each other. A hamza on alef inside the word is a radical, never the pattern's alef (شأن، رأس، سأل).
     */
    private static boolean sameLiteral(char pattern, char word, int at) {
        if (pattern == word) {
            return true;
        }
        if (pattern == VerbRoot.ALEF) {
            return at == 0 && (word == '\u0623' || word == '\u0625');
        }
        return VerbRoot.isHamza(pattern) && VerbRoot.isHamza(word);
    }

    private static List<String> fill(String template, char[] radicals) {
        List<StringBuilder> roots = new ArrayList<>();
        roots.add(new StringBuilder(4));
        for (int i = 0; i < template.length(); i++) {
            char t = template.charAt(i);
            if (t == '*') {
                List<StringBuilder> both = new ArrayList<>();
                for (StringBuilder r : roots) {
                    both.add(new StringBuilder(r).append(VerbRoot.WAW));
                    both.add(r.append(VerbRoot.YEH));
                }
                roots = both;
            } else {
                char c = Character.isDigit(t) ? radical(radicals[t - '0'], t - '0') : t;
                if (c == 0) {
                    return List.of();
                }
                for (StringBuilder r : roots) {
                    r.append(c);
                }
            }
        }
        List<String> out = new ArrayList<>(roots.size());
        for (StringBuilder r : roots) {
            if (r.indexOf(String.valueOf(VerbRoot.ALEF)) < 0) {
                out.add(r.toString());
            }
        }
        return out;
    }

    /** A radical as the root writes it: any hamza seat is ء, alef maqsura is ي; an alef is no radical (the caller drops it). */
    private static char radical(char c, int position) {
        if (VerbRoot.isHamza(c) || (position == 1 && c == VerbRoot.ALEF)) {
            return VerbRoot.HAMZA;
        }
        return c == VerbRoot.ALEF_MAKSURA ? VerbRoot.YEH : c;
    }
}
