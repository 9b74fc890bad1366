package org.siyaq.analysis.morph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.siyaq.analysis.script.Buckwalter;

/**
 * The lemma, root and part of speech of one unvowelled word (docs/analysis.md, "lemma" and "root").
 *
 * <p>The word is split into proclitics, a stem and an enclitic, fewest clitic letters first, and the
 * first split whose stem the {@link MorphDictionary} knows, with readings the clitics allow, is taken
 * (ال and ب ك go with nouns, س with the imperfective). A broken plural, which the dictionary gives as
 * its own lemma, is taken back to the singular it lists ({@link #singular}). The root of a verb comes
 * from its vowelled lemma ({@link VerbRoot}), that of any other word from its patterns ({@link Wazn});
 * either way the candidate must be an {@link AttestedRoots attested root}, or the baseline is used.
 */
public final class Morphology {

    /** What {@link #analyse} finds: lemma and root as plain letters (hamza written), and every reading. */
    public record Analysis(String lemma, String root, String pos, List<Reading> readings) {

        /** Whether the dictionary reads the word as a particle (a preposition, a pronoun, a conjunction) at all. */
        public boolean hasParticleReading() {
            return readings.stream().anyMatch(r -> r.tag().startsWith("P"));
        }

        /** Whether the word is a function word of {@link FunctionWords}: its lemma and root are the particle's. */
        public boolean isFunctionWord() {
            return "particle".equals(pos) && readings.isEmpty();
        }
    }

    private record Split(String proclitic, String stem, String enclitic) {}

    private static final String[] PROCLITICS = arabic(
            "", "w", "f", "b", "l", "k", "s", "Al", "wb", "wl", "wk", "ws", "fb", "fl", "fk", "fs", "ll", "wAl", "fAl",
            "bAl", "kAl", "wll", "fll", "wbAl", "wkAl", "fbAl", "fkAl");
    private static final String[] ENCLITICS =
            arabic("", "h", "k", "y", "hA", "hm", "hn", "km", "kn", "ny", "nA", "hmA", "kmA");
    private static final String ARTICLE = Buckwalter.arabic("Al");
    private static final char BEH = '\u0628';
    private static final char KAF = '\u0643';
    private static final char LAM = '\u0644';
    private static final String LAM_LAM = "" + LAM + LAM;
    private static final char SEEN = '\u0633';
    private static final char TEH = '\u062A';
    private static final char TEH_MARBUTA = '\u0629';
    private static final char HEH = '\u0647';
    private static final char YEH = '\u064A';
    private static final char MEEM = '\u0645';
    private static final char ALEF = '\u0627';
    private static final String ALEF_FORMS = Buckwalter.arabic(">|<");
    private static final String HAMZA_SEATS = Buckwalter.arabic("'>&}");
    /** Sound suffixes a word outside the dictionary may carry, longest first: ات ون ين ان ية ة ي. */
    private static final String[] SUFFIXES = arabic("At", "wn", "yn", "An", "yp", "p", "y");

    /** Broken-plural pattern → singular patterns, likelier first (Wright, vol. 1, §§300–307), in Buckwalter. */
    private static final String[][] PLURALS = {
        {"12w3", "123", "123p"},
        // afʿāl of a hollow root: the middle radical written و (أموال → مال, أسواق → سوق, أجيال → جيل)
        {"A1wA3", "1w3", "1A3", "1y3"},
        // afʿāl of a doubled root (أجداد → جد); with a final hamza, afʿāl of a defective root (أعضاء → عضو, أعداء →
        // عدو) or afʿilāʾ of a doubled one (أطباء → طبيب, أعزاء → عزيز)
        {"A12A3", "123", "12", "123p", "12y3"},
        {"A12A'", "12w", "+12y2", "12y"},
        // afʿāl of a root with a first hamza, written آ (آمال → أمل, آلاف → ألف)
        {"|2A3", ">23"},
        {"1wA2", "1A2p", "1A2"}, // fawāʿl of a doubled root: مواد → مادة
        {"A1A3", "1w3", "1y3"}, // أيام → يوم, the و assimilated to the ي
        // fiʿāl and fuʿāl: a primary noun faʿl (جبال → جبل; not a masdar: كبار → كبير, عمال → عامل), faʿīl, fāʿil
        {"12A3", "!123", "+12y3", "+1A23", "+1A}3", "123p"},
        // fuʿal and fuʿul; first fuʿla of a doubled root (أمم → أمة, خطط → خطة); fuʿla before its diminutive fuʿayla
        // (دول → دولة, not دويلة)
        {"123", "12p", "12A3", "123p", "12y3p", "12w3", "12y3", "12A3p"},
        // fuʿalāʾ: faʿīl, an adjective (Wright, vol. 1, §304: شهداء → شهيد, not the noun شعير for شعراء), then fāʿil
        {"123A'", "+12y3", "+1A23"},
        {"A123A'", "12y3", "12y"},
        // mafāʿil: the noun of place mafʿal before mafʿala (مكاتب → مكتب; مدارس → مدرسة, مدرس being an adjective)
        {"m1A23", "m123", "m123p", "m123y"},
        {"m1A2y3", "m12A3", "m12w3", "m12y3"}, // مفاتيح → مفتاح, مساكين → مسكين
        {"1wA23", "1A23p", "1A23"},
        {"12A}3", "12y3p", "12A3p", "12w3p"},
        {"A123p", "12A3", "12y3"},
        {"123p", "1A23"},
        {"123Y", "12y3"},
        {"123An", "123", "1A3"},
        {"A123", "123"},
        {"1A23p", "1A23"},
        {"12w3", "12"}, // fuʿūl of a doubled root: حقوق → حق, حدود → حد
        {"1A3p", "1A}3"}, // faʿala of a hollow fāʾil: قادة → قائد, باعة → بائع
        // faʿālil of a quadriliteral: فنادق → فندق, قنابل → قنبلة
        {"12A34", "1234", "123w4", "1234p"},
        // faʿālila: فلاسفة → فيلسوف, تلامذة → تلميذ
        {"12A34p", "1y23w4", "123y4", "1234"},
        // fawāʿīl: fāʿūl (صواريخ → صاروخ, قوانين → قانون)
        {"1wA3y4", "1A3w4", "1A3w4p"},
        // faʿālīl: جماهير → جمهور, سلاطين → سلطان, بساتين → بستان
        {"12A3y4", "123w4", "123y4", "123A4", "1234"},
        // faʿāyā of a defective root: قضايا → قضية, زوايا → زاوية
        {"12AyA", "12yp", "1A2yp"}
    };
    /** {@link #PLURALS} in Arabic letters, once: a singular pattern keeps its mark ({@link #ADJECTIVE_FIRST}, …) first. */
    private static final String[][] PLURALS_ARABIC = pluralsInArabic();

    private static String[][] pluralsInArabic() {
        String[][] out = new String[PLURALS.length][];
        for (int r = 0; r < PLURALS.length; r++) {
            out[r] = new String[PLURALS[r].length];
            for (int i = 0; i < out[r].length; i++) {
                String p = PLURALS[r][i];
                boolean marked = i > 0 && (p.charAt(0) == '+' || p.charAt(0) == '!');
                out[r][i] = marked ? p.charAt(0) + Buckwalter.arabic(p.substring(1)) : Buckwalter.arabic(p);
            }
        }
        return out;
    }

    /** The plural patterns that are never singular, so the dictionary's number need not say plural. */
    private static final String[] ONLY_PLURAL =
            arabic("m1A23", "m1A2y3", "1wA23", "12A}3", "A123A'", "12A3y4", "12AyA", "|2A3", "1wA3y4");
    /**
     * The plural patterns that are never singular when they begin with a hamza on alef: afʿāl and afʿila (أحكام،
     * أسلحة), whose singular look-alikes are the masdars ifʿāl, written إ (the dictionary tags many such plurals
     * singular).
     */
    private static final String[] PLURAL_AFTER_HAMZA = arabic("A12A3", "A1wA3", "A123p", "A123A'");

    private final MorphDictionary dictionary;
    private final AttestedRoots roots;
    private final VerbalNouns verbalNouns;
    private final UnaryOperator<String> baselineRoot;
    private final FunctionWords functionWords = FunctionWords.load(ENCLITICS);
    /** How many common verbs ({@link VerbalNouns}) each root has: a root in use beats a rare one of the same fit. */
    private final Map<String, Integer> commonVerbs;
    /**
     * The roots of the common verbs of form I ({@link VerbalNouns}): a derived defective verb, which writes ى whatever
     * its radical, goes to the one of its two roots that has a common form I (أعلى, تعالى → علا يعلو, root ع ل و).
     */
    private final java.util.Set<String> commonFormOneRoots;

    /**
     * @param baselineRoot the root to give when no pattern yields an attested root (ISRI, on the word's norm)
     */
    public Morphology(MorphDictionary dictionary, UnaryOperator<String> baselineRoot) {
        this.dictionary = dictionary;
        this.roots = AttestedRoots.shared();
        this.verbalNouns = VerbalNouns.shared();
        this.baselineRoot = baselineRoot;
        java.util.Set<String> formOne = new java.util.HashSet<>(4_096);
        for (String verb : verbalNouns.verbs()) {
            String plainVerb = plain(verb);
            if (plainVerb.length() == 3) {
                formOne.add(verbRoot(verb, plainVerb));
            }
        }
        this.commonFormOneRoots = java.util.Collections.unmodifiableSet(formOne);
        Map<String, Integer> counts = new java.util.HashMap<>(8_192);
        for (String verb : verbalNouns.verbs()) {
            counts.merge(verbRoot(verb, plain(verb)), 1, Integer::sum);
        }
        this.commonVerbs = java.util.Collections.unmodifiableMap(counts);
    }

    /** The analysis of one plain word (Arabic letters only, no marks; hamza written or not). */
    public Analysis analyse(String word) {
        Analysis functionWord = functionWords.analyse(word, this::isWordOfItsOwn);
        if (functionWord != null) {
            return functionWord;
        }
        Split deferred = null;
        List<Reading> deferredReadings = null;
        Split rare = null;
        List<Reading> rareReadings = null;
        List<Split> splits = splits(word);
        String[] stems = new String[splits.size()];
        for (int i = 0; i < stems.length; i++) {
            stems[i] = splits.get(i).stem();
        }
        boolean[] mayHold = new boolean[stems.length];
        dictionary.mayHold(stems, stems.length, mayHold);
        for (int i = 0; i < stems.length; i++) {
            Split split = splits.get(i);
            List<Reading> readings = allowed(split, lookupVariants(split, mayHold[i]));
            if (readings.isEmpty()) {
                continue;
            }
            if (deferred == null && isRareVerbBeforeConjunction(word, split, readings)) {
                // وأمه: wa + umm + hu, before the rare verb وَأَمَ with a suffix; the rare verb only if nothing else
                // reads
                if (rare == null) {
                    rare = split;
                    rareReadings = readings;
                }
                continue;
            }
            if (deferred == null && isHamzaWordBeforeArticle(split, readings)) {
                // الدين: al-dīn, before the dual of ألدّ; the unsplit reading only if no article reading exists
                deferred = split;
                deferredReadings = readings;
                continue;
            }
            if (deferred != null && !split.proclitic().endsWith(ARTICLE)) {
                break;
            }
            return analysis(split, readings);
        }
        if (deferred != null) {
            return analysis(deferred, deferredReadings);
        }
        if (rare != null) {
            return analysis(rare, rareReadings);
        }
        String stem = outOfDictionaryStem(word);
        Singular one = stem.length() >= 4 ? byPluralPatterns(stem, true, true) : null;
        if (one != null) {
            // a broken plural the dictionary leaves out (شهور، عصور): the singular of the first pattern it fits
            String root = one.root() != null ? one.root() : nounRoot(one.lemma(), stem, Wazn.WordKind.ANY);
            return new Analysis(one.lemma(), root, "", List.of());
        }
        return new Analysis(stem, nounRoot(stem, stem, Wazn.WordKind.ANY), "", List.of());
    }

    private Analysis analysis(Split split, List<Reading> readings) {
        String stem = split.stem();
        Reading best = best(stem, readings);
        if (best.isVerb()) {
            String lemma = plain(best.lemma());
            return new Analysis(lemma, verbRoot(best.lemma(), lemma), best.pos(), distinct(readings));
        }
        Singular one = singular(stem, best, readings);
        String lemma = one.lemma();
        String root = one.root() != null ? one.root() : BILITERAL.get(lemma);
        if (root == null && isNisba(best, stem)) {
            root = nisbaRoot(lemma);
        }
        if (root == null && isDefectiveParticiple(stem, readings)) {
            root = bestAttested(stem, Wazn.WordKind.ANY);
        }
        if (root == null) {
            // the dictionary writes a few lemmas with the article (المرأة): the root is read without it
            String bare = lemma.startsWith(ARTICLE) && lemma.length() > 4 ? lemma.substring(ARTICLE.length()) : lemma;
            root = nounRoot(bare, stem, kind(best, lemma));
        }
        return new Analysis(lemma, root, best.pos(), distinct(readings));
    }

    /**
     * Whether a split without proclitic of a word that begins with و or ف has only verb readings, none of them on the
     * list of common verbs (وَأَمَ for وأمه, فَدِعَ for فدعاهم): the conjunction and a word after it are likelier, so
     * the splits with a proclitic are tried first.
     */
    private boolean isRareVerbBeforeConjunction(String word, Split split, List<Reading> readings) {
        if (!split.proclitic().isEmpty() || (word.charAt(0) != VerbRoot.WAW && word.charAt(0) != FEH)) {
            return false;
        }
        for (Reading r : readings) {
            if (!r.isVerb() || verbalNouns.isListed(r.lemma())) {
                return false;
            }
        }
        return true;
    }

    private static final char FEH = '\u0641';

    /**
     * Whether an unsplit word that begins with ال has only readings whose lemma begins with a hamza on alef (ألدّ for
     * الدين), which norm spelling leaves unwritten: the article split (al-dīn) is far likelier, so it is tried first.
     */
    private static boolean isHamzaWordBeforeArticle(Split split, List<Reading> readings) {
        if (!split.proclitic().isEmpty() || !split.stem().startsWith(ARTICLE)) {
            return false;
        }
        for (Reading r : readings) {
            // أ only: the dictionary also writes إ for the alef of VII and VIII masdars (التقاط, as إلتقاط)
            if (r.lemma().charAt(0) != HAMZA_ON_ALEF) {
                return false;
            }
        }
        return true;
    }

    private static final char HAMZA_ON_ALEF = '\u0623';

    /**
     * Nouns of two radicals (أب، أخ، أخت، اسم، يد، فم، شفة; the grammars' biliteral nouns, whose third radical shows in
     * their plurals and duals: آباء، أخوان، أسماء، أيدي، أفواه، شفاه), as Hans Wehr files them: a lexical table, since
     * no pattern restores a radical the word never writes.
     */
    private static final Map<String, String> BILITERAL = biliteral(
            ">b", "'bw", ">x", "'xw", ">xt", "'xw", "Asm", "smw", "Abn", "bny", "yd", "ydy", "fm", "fwh", "$fp", "$fh");

    private static Map<String, String> biliteral(String... pairs) {
        Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(Buckwalter.arabic(pairs[i]), Buckwalter.arabic(pairs[i + 1]));
        }
        return Map.copyOf(out);
    }

    /** A relative adjective (nisba, the dictionary's R) that is its own lemma: دولي، سياسي، محلي، إلهي. */
    private static boolean isNisba(Reading best, String stem) {
        String lemma = plain(best.lemma());
        return best.tag().length() > 2
                && best.tag().charAt(2) == 'R'
                && lemma.length() >= 3
                && lemma.charAt(lemma.length() - 1) == YEH
                && stem.startsWith(lemma.substring(0, lemma.length() - 1));
    }

    /**
     * A nisba has the root of the noun it is formed from: the lemma without its ي, or with ة
     * for it, as the dictionary lists it (دولي → دول, سياسي → سياسة, محلي → محل, إلهي → إله). Null if neither is a noun.
     */
    private String nisbaRoot(String lemma) {
        String base = lemma.substring(0, lemma.length() - 1);
        for (String noun : List.of(base, base + TEH_MARBUTA)) {
            for (Reading r : dictionary.lookup(noun)) {
                if (r.isNoun() && plain(r.lemma()).equals(noun)) {
                    String bare = BILITERAL.get(noun);
                    String root = bare != null ? bare : nounRoot(noun, noun, kind(r, noun));
                    // after a م or an alef that may be a prefix, only a root the noun writes out (مثال is not of ث و ل,
                    // أساس not of س و س; حال is of ح و ل)
                    boolean prefixLike =
                            noun.charAt(0) == MEEM || noun.charAt(0) == ALEF || ALEF_FORMS.indexOf(noun.charAt(0)) >= 0;
                    return !prefixLike || bare != null || writesOut(noun, root) ? root : null;
                }
            }
        }
        return null;
    }

    /** Whether {@code word} writes every radical of {@code root} in order (a doubled radical once: محل, ح ل ل). */
    private static boolean writesOut(String word, String root) {
        String w = hamzaAsRadical(word);
        int at = 0;
        for (int i = 0; i < root.length(); i++) {
            char c = root.charAt(i);
            if (i > 0 && c == root.charAt(i - 1)) {
                continue;
            }
            int found = w.indexOf(c, at);
            if (found < 0) {
                return false;
            }
            at = found + 1;
        }
        return true;
    }

    /**
     * A fāʿil written 1A2y whose ي the dictionary reads only as a suffix (العالي as عال + ي, الباقي as باقة + ي): it is
     * the participle fāʿin of a defective verb, its ي written after the article, so its root is read on the stem.
     */
    private static boolean isDefectiveParticiple(String stem, List<Reading> readings) {
        if (stem.length() != 4 || stem.charAt(1) != ALEF || stem.charAt(3) != YEH) {
            return false;
        }
        for (Reading r : readings) {
            if (plain(r.lemma()).equals(stem)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the noun reading says of the lemma's shape for {@link Wazn}: singular if the dictionary's number says so or
     * {@link #singular} found the singular of its plural; primary (jāmid, the dictionary's NJ) as tagged.
     */
    private static Wazn.WordKind kind(Reading best, String lemma) {
        int semi = best.tag().indexOf(';');
        boolean singularTag =
                semi >= 0 && best.tag().length() > semi + 2 && best.tag().charAt(semi + 2) == '1';
        boolean singular = best.isNoun() && (singularTag || (best.isPlural() && !lemma.equals(plain(best.lemma()))));
        return new Wazn.WordKind(singular, best.tag().startsWith("NJ"));
    }

    /** Whether the dictionary knows {@code word} unsplit as a finite verb (كانت) or as a noun spelled as the word (فهم). */
    private boolean isWordOfItsOwn(String word) {
        for (Reading r : dictionary.lookup(word)) {
            if (r.isFiniteVerb() || (r.isNoun() && plain(r.lemma()).equals(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every split of {@code word} with a stem of two letters or more, fewest clitic letters first, ties in
     * the order of {@link #PROCLITICS} then {@link #ENCLITICS} (only the clitics the word shows are tried;
     * the sort is stable).
     */
    private static List<Split> splits(String word) {
        List<Split> out = new ArrayList<>();
        int maxClitics = word.length() - 2;
        int endings = 0; // bit e: the word ends with ENCLITICS[e] and leaves room for a stem
        for (int e = 0; e < ENCLITICS.length; e++) {
            if (ENCLITICS[e].length() <= maxClitics && Affixes.endsWith(word, ENCLITICS[e])) {
                endings |= 1 << e;
            }
        }
        for (int p = 0; p < PROCLITICS.length; p++) {
            String pre = PROCLITICS[p];
            if (pre.length() > maxClitics || !Affixes.startsWith(word, pre)) {
                continue;
            }
            for (int e = 0; e < ENCLITICS.length; e++) {
                String enc = ENCLITICS[e];
                if ((endings & 1 << e) != 0
                        && pre.length() + enc.length() <= maxClitics
                        && (enc.isEmpty() || !ENDS_WITH_ARTICLE[p])) {
                    out.add(new Split(pre, word.substring(pre.length(), word.length() - enc.length()), enc));
                }
            }
        }
        out.sort(BY_CLITIC_WEIGHT);
        return out;
    }

    private static final Comparator<Split> BY_CLITIC_WEIGHT = Comparator.comparingInt(Morphology::cliticWeight);

    /** Whether {@code PROCLITICS[p]} ends with the article (ال، لل): such a stem takes no pronoun suffix. */
    private static final boolean[] ENDS_WITH_ARTICLE = endsWithArticle();

    private static boolean[] endsWithArticle() {
        boolean[] out = new boolean[PROCLITICS.length];
        for (int p = 0; p < out.length; p++) {
            out[p] = PROCLITICS[p].endsWith(ARTICLE) || PROCLITICS[p].endsWith(LAM_LAM);
        }
        return out;
    }

    /**
     * How many clitic letters a split strips, counting a ل before a stem that begins with ل as three: لل is li- with
     * the article (للقوات is li-l-quwwat, not li-laqwat), so that reading goes first.
     */
    private static int cliticWeight(Split split) {
        String pre = split.proclitic();
        boolean lamBeforeLam = !pre.isEmpty()
                && pre.charAt(pre.length() - 1) == LAM
                && split.stem().charAt(0) == LAM;
        return pre.length() + split.enclitic().length() + (lamBeforeLam ? 2 : 0);
    }

    /** The stem as written, then with the hamza or final letter a writer may have left out (ا → أ إ آ, ي → ى, ه → ة). */
    private List<Reading> lookupVariants(Split split, boolean stemMayHold) {
        String stem = split.stem();
        List<Reading> found = new ArrayList<>(dictionary.lookup(stem, stemMayHold));
        addListedVerbs(stem, found);
        if (!found.isEmpty()) {
            return found;
        }
        String[] variants = new String[ALEF_FORMS.length() + 1];
        int n = 0;
        if (stem.charAt(0) == ALEF) {
            for (int a = 0; a < ALEF_FORMS.length(); a++) {
                variants[n++] = ALEF_FORMS.charAt(a) + stem.substring(1);
            }
        }
        char last = stem.charAt(stem.length() - 1);
        if (last == YEH) {
            variants[n++] = stem.substring(0, stem.length() - 1) + '\u0649';
        } else if (last == HEH || (last == TEH && !split.enclitic().isEmpty())) {
            // after ت: madrasat-uha, the ta marbuta written open before a pronoun
            variants[n++] = stem.substring(0, stem.length() - 1) + TEH_MARBUTA;
        }
        boolean[] mayHold = new boolean[n];
        dictionary.mayHold(variants, n, mayHold);
        for (int v = 0; v < n; v++) {
            found.addAll(dictionary.lookup(variants[v], mayHold[v]));
        }
        if (found.isEmpty() && stem.length() >= 4 && stem.endsWith(WAW_ALEF)) {
            // a 3rd person plural perfective the dictionary leaves out (ماتوا، جاءوا): the perfective without its وا
            addPerfective(stem.substring(0, stem.length() - WAW_ALEF.length()), THIRD_PLURAL_PERFECTIVE, found);
        }
        if (found.isEmpty() && stem.length() >= 4 && stem.charAt(stem.length() - 1) == TEH) {
            // a 3rd person feminine perfective the dictionary leaves out (ماتت، زالت): the perfective without its ت
            addPerfective(stem.substring(0, stem.length() - 1), THIRD_FEMININE_PERFECTIVE, found);
        }
        return found;
    }

    /**
     * The verbs whose 3rd person masculine singular perfective is spelled {@code perfective}, in the dictionary or
     * only on the list of common verbs (مات), as readings with {@code tag}.
     */
    private void addPerfective(String perfective, String tag, List<Reading> found) {
        for (Reading r : dictionary.lookup(perfective)) {
            if (r.isFiniteVerb()
                    && plain(r.lemma()).equals(perfective)
                    && r.tag().regionMatches(r.tag().indexOf(';') + 1, THIRD_MASCULINE_SINGULAR, 0, 3)
                    && r.tag().charAt(r.tag().indexOf(';') + 5) == 'p') {
                addIfNew(found, new Reading(r.lemma(), tag));
            }
        }
        for (String verb : verbalNouns.verbsSpelled(perfective)) {
            addIfNew(found, new Reading(verb, tag));
        }
    }

    /** The tag of the perfectives the ت of the feminine is taken off for: 3rd person feminine singular. */
    private static final String THIRD_FEMININE_PERFECTIVE = "VW1;F1H-pa-;---";

    private static final String WAW_ALEF = Buckwalter.arabic("wA");

    /** The tag of the perfectives the وا of the plural is taken off for: 3rd person masculine plural. */
    private static final String THIRD_PLURAL_PERFECTIVE = "VW1;M3H-pa-;---";

    /** A perfective the dictionary lacks for a common verb ({@link VerbalNouns}): نام → نَامَ. */
    private void addListedVerbs(String stem, List<Reading> found) {
        for (String verb : verbalNouns.verbsSpelled(stem)) {
            addIfNew(found, new Reading(verb, LISTED_PERFECTIVE));
        }
        if (isShortImperfective(stem)) {
            // يقع: the dictionary may leave out the imperfective of a common assimilated or doubled verb (وقع، شدّ)
            String radicals = stem.substring(1);
            for (String verb : verbalNouns.verbsSpelled(VerbRoot.WAW + radicals)) {
                addIfNew(found, new Reading(verb, LISTED_IMPERFECTIVE));
            }
            for (String verb : verbalNouns.verbsSpelled(radicals)) {
                if (verb.indexOf(VerbRoot.SHADDA) >= 0) {
                    addIfNew(found, new Reading(verb, LISTED_IMPERFECTIVE));
                }
            }
        }
    }

    /**
     * An imperfective of three letters, a prefix and two radicals (يقع، يشد، تصل): the form I of an assimilated
     * root (وقع) or of a doubled one (شدّ); a hollow or defective verb shows three letters there (يقول، يدعو),
     * except in the jussive.
     */
    private static boolean isShortImperfective(String stem) {
        return stem.length() == 3
                && IMPERFECTIVE_PREFIXES.indexOf(stem.charAt(0)) >= 0
                && "\u0627\u0649\u0648\u064A".indexOf(stem.charAt(2)) < 0;
    }

    private static final String IMPERFECTIVE_PREFIXES = Buckwalter.arabic("ytn>");

    private static void addIfNew(List<Reading> found, Reading added) {
        for (Reading r : found) {
            if (r.lemma().equals(added.lemma()) && r.isVerb()) {
                return;
            }
        }
        found.add(added);
    }

    /** The tag of the readings {@link #addListedVerbs} adds: a perfective, 3rd person masculine singular. */
    private static final String LISTED_PERFECTIVE = "VW1;M1H-pa-;---";

    /** The tag of the imperfectives {@link #addListedVerbs} adds: 3rd person masculine singular. */
    private static final String LISTED_IMPERFECTIVE = "VW1;M1H-fa0;---";

    /** The readings the split's clitics allow: ال ب ك with nouns, س with the imperfective, لل with nouns. */
    private static List<Reading> allowed(Split split, List<Reading> readings) {
        String pre = split.proclitic();
        boolean article = pre.endsWith(ARTICLE) || pre.endsWith(LAM_LAM);
        boolean nounOnly = article || pre.indexOf(BEH) >= 0 || pre.indexOf(KAF) >= 0;
        boolean future = pre.indexOf(SEEN) >= 0;
        boolean articleInStem = pre.isEmpty() && split.stem().startsWith(ARTICLE);
        List<Reading> out = new ArrayList<>(readings.size());
        for (Reading r : readings) {
            // imperatives are left out: the dictionary lists one for many a noun's spelling (الأمن as لأم)
            boolean ok = nounOnly
                    ? r.isNoun()
                    : (r.isNoun() || r.isFiniteVerb() || !r.isVerb())
                            && (!future || (r.isVerb() && isImperfective(r)))
                            // a word that begins with ال is read with the article before the ا is read as the أ of the
                            // first person: الوطن is al-waṭan (the homeland), not ʾalūṭan, I stick (norm writes no
                            // hamza)
                            && !(articleInStem && isFirstPersonImperfective(r));
            if (ok) {
                out.add(r);
            }
        }
        return out;
    }

    /** A verb in the first person of the imperfective (أفعل "I do", written اف... in norm): person at the tag's second place. */
    private static boolean isFirstPersonImperfective(Reading r) {
        int semi = r.tag().indexOf(';');
        return r.isVerb()
                && isImperfective(r)
                && r.tag().length() > semi + 2
                && r.tag().charAt(semi + 2) == '1';
    }

    /** A verb in the first person (the tag's person I), of any tense. */
    private static boolean isFirstPerson(Reading r) {
        int semi = r.tag().indexOf(';');
        return r.isVerb() && semi >= 0 && r.tag().length() > semi + 3 && r.tag().charAt(semi + 3) == 'I';
    }

    private static boolean isImperfective(Reading r) {
        int semi = r.tag().indexOf(';');
        return semi >= 0 && r.tag().length() > semi + 5 && r.tag().charAt(semi + 5) == 'f';
    }

    /**
     * The reading to use: a past or present verb, unless a noun reading exists and the verb's lemma is
     * spelled otherwise than the word (يوم "day" is not a form of a verb); among verbs the lemma with
     * fewest letters (form I before the derived forms), among nouns a singular before a plural.
     */
    private Reading best(String stem, List<Reading> readings) {
        Reading verb = null;
        Reading noun = null;
        for (Reading r : readings) {
            if (r.isFiniteVerb() && (verb == null || isLikelierVerb(stem, r, verb))) {
                verb = r;
            } else if (r.isNoun() && (noun == null || (noun.isPlural() && !r.isPlural()))) {
                noun = r;
            }
        }
        // a masdar or adjective spelled like a verb form (تقول) yields to the verb; a primary noun (يوم) does not
        boolean primaryNoun =
                noun != null && (noun.tag().startsWith("NJ") || noun.tag().startsWith("N-"));
        // أول "first" is the noun spelled as the word, not a verb's "I ..." (أَوْلَى, I entrust)
        boolean nounOverFirstPerson = noun != null
                && verb != null
                && ALEF_FORMS.indexOf(stem.charAt(0)) >= 0
                && isFirstPerson(verb)
                && plain(noun.lemma()).equals(stem)
                && !plain(verb.lemma()).equals(stem);
        if (verb != null && !nounOverFirstPerson && (!primaryNoun || isVerbOfTheWord(stem, verb, noun))) {
            return verb;
        }
        return noun != null ? noun : verb != null ? verb : readings.get(0);
    }

    /**
     * Whether a verb spelled as the word beats a primary noun spelled so too: only a common verb of form I, three
     * letters and no shadda (علم، فهم، عصا). A rare verb (مَحَلَ against محل "place") or a derived one (أَهَلَّ, IV of
     * ه ل ل, against أهل "family"; مَحَّلَ) is the rarer reading of the word, unless the noun is a plural (خطط، دعم
     * against خَطَّطَ، دَعَمَ).
     */
    private boolean isVerbOfTheWord(String stem, Reading verb, Reading noun) {
        if (noun.isPlural()) {
            return plain(verb.lemma()).equals(stem);
        }
        return stem.length() == 3
                && plain(verb.lemma()).equals(stem)
                && verb.lemma().indexOf(VerbRoot.SHADDA) < 0
                && verbalNouns.isListed(verb.lemma());
    }

    /**
     * Which verb lemma to prefer: by shape, a common verb ({@link VerbalNouns#isListed}) weighing a little more
     * than one step of it; the shapes: the word itself if it is a quadriliteral perfective (ترجم), then a lemma of three letters
     * (form I: وصل before the doubled صلّ for يصل), then shorter before longer.
     */
    private int verbRank(String stem, Reading r) {
        return shapeRank(stem, r) + (verbalNouns.isListed(r.lemma()) ? 0 : RARE_VERB);
    }

    /** By {@link #verbRank}, then by the root with more verbs in the dictionary (يلد: وَلَدَ before لَدَّ). */
    private boolean isLikelierVerb(String stem, Reading r, Reading than) {
        int a = verbRank(stem, r);
        int b = verbRank(stem, than);
        return a != b ? a < b : rootWeight(r) > rootWeight(than);
    }

    private int rootWeight(Reading verb) {
        List<String> candidates = VerbRoot.candidates(verb.lemma());
        return candidates.isEmpty() ? 0 : roots.weight(candidates.get(0));
    }

    /**
     * What {@link #verbRank} adds for a verb not on the list of common verbs: more than one step of shape (قال
     * before قَلِتَ for قلت), less than two (the perfective أَجَلَ itself before أَجَلَّ of form IV for أجل).
     */
    private static final int RARE_VERB = 3;

    /**
     * Whether a verb reading's root candidates include one of four radicals. A loop, not a stream: the stream's shared
     * machinery, profiled on every stream of the application, made the JIT throw away compiled {@code shapeRank}.
     */
    private static boolean hasQuadriliteralRoot(Reading verb) {
        for (String root : VerbRoot.candidates(verb.lemma())) {
            if (root.length() == 4) {
                return true;
            }
        }
        return false;
    }

    /** In half steps: 0 the word itself, 1 a short imperfective's own verb, 2 form I, then by length. */
    private static int shapeRank(String stem, Reading r) {
        String lemma = plain(r.lemma());
        if (lemma.equals(stem) && (lemma.length() == 3 || hasQuadriliteralRoot(r))) {
            return 0; // a perfective of form I (نام) or a quadriliteral (ترجم, not tarjumu "she stones")
        }
        if (lemma.length() == 4
                && stem.length() == 6
                && stem.endsWith(WAW_ALEF)
                && stem.startsWith(lemma)
                && hasQuadriliteralRoot(r)) {
            // the quadriliteral with the وا of the plural: ترجموا, not tarjumū (you stone)
            return 0;
        }
        if (lemma.length() == 4
                && IMPERFECTIVE_PREFIXES.indexOf(stem.charAt(0)) >= 0
                && lemma.equals(stem.substring(1))
                && hasQuadriliteralRoot(r)) {
            return 1; // يهيمن → هَيْمَنَ: the prefix and all four radicals, before هام with a suffix ن
        }
        if (isShortImperfective(stem)
                && (lemma.equals(stem.substring(1)) && r.lemma().indexOf(VerbRoot.SHADDA) >= 0
                        || lemma.equals(VerbRoot.WAW + stem.substring(1)))) {
            return 1; // يشد → شدّ, يقع → وقع, before the jussive of شدا or قاع
        }
        if (lemma.length() == 3) {
            return r.lemma().indexOf(VerbRoot.SHADDA) < 0 ? 2 : 6; // form I before form II (وقف before قفّى for يقف)
        }
        return lemma.length() == 2 ? 4 : 2 * lemma.length();
    }

    /** A noun's lemma, and the root its broken plural's pattern shows where that is how the lemma was found. */
    private record Singular(String lemma, String root) {}

    /**
     * The singular of a broken plural the dictionary gives as its own lemma, with the radicals the plural's pattern
     * shows as root when they are an attested root (أسرى on fuʿlā → أسير, root ء س ر; فنادق → فندق); any other
     * noun's lemma as it is, with no root.
     */
    private Singular singular(String stem, Reading best, List<Reading> readings) {
        String lemma = plain(best.lemma());
        if (!lemma.equals(stem)) {
            if (best.isPlural()
                    && lemma.length() > 3
                    && lemma.charAt(lemma.length() - 1) == VerbRoot.HAMZA
                    && stem.startsWith(lemma.substring(0, lemma.length() - 1))) {
                // a plural in ـاء that the dictionary lists with its pronoun, the hamza on another seat (أصدقائه, lemma
                // أصدقاء): the plural it gives as lemma goes to its singular
                Singular one = byPluralPatterns(lemma, true, false);
                if (one != null) {
                    return one;
                }
            }
            return new Singular(lemma, null);
        }
        String fem = Buckwalter.arabic("At");
        if (best.isPlural() && stem.length() >= 4 && stem.endsWith(fem)) {
            // a sound feminine plural first: قوات → قوة, سيارات → سيارة (not the pattern fawāʿl of قاتة)
            String one = stem.substring(0, stem.length() - fem.length()) + TEH_MARBUTA;
            if (isSingularNoun(one)) {
                return new Singular(one, null);
            }
        }
        Singular one = byPluralPatterns(stem, best.isPlural() || hasPluralReading(stem, readings), false);
        return one != null ? one : new Singular(lemma, null);
    }

    /**
     * The singular of {@code stem} by the first pattern of {@link #PLURALS} it fits that gives a singular noun, the best
     * by {@link #singularRank} in its row (the row's order breaks ties); null if none. Without {@code pluralTag}, only
     * the patterns that are never singular; with {@code firstRowOnly}, the first row the stem fits (a word the
     * dictionary does not know: a few lookups at most).
     */
    private Singular byPluralPatterns(String stem, boolean pluralTag, boolean firstRowOnly) {
        for (String[] row : PLURALS_ARABIC) {
            String plural = row[0];
            char[] radicals = radicals(stem, plural);
            if (radicals == null
                    || (firstRowOnly && !contains(OUTSIDE_THE_DICTIONARY, plural) && !isOnlyPlural(plural))
                    // the masdar ifʿāl is written إ, afʿāl and afʿila أ (إعمال is no plural)
                    || (plural.charAt(0) == ALEF && stem.charAt(0) == HAMZA_UNDER_ALEF)
                    // nor, outside the dictionary, a masdar ifʿāl written with أ or ا for إ (أتقان for إتقان)
                    || (firstRowOnly
                            && plural.charAt(0) == ALEF
                            && verbalNouns.verbsOf(HAMZA_UNDER_ALEF + stem.substring(1)).length > 0)
                    // a final ي after faʿāli is the faʿālī of a defective word, no fourth radical (أراضي، ليالي)
                    || (plural.indexOf('4') >= 0 && (radicals[4] == YEH || radicals[4] == VerbRoot.WAW))
                    || !(pluralTag
                            || isOnlyPlural(plural)
                            || (stem.charAt(0) == HAMZA_ON_ALEF && contains(PLURAL_AFTER_HAMZA, plural)))) {
                continue;
            }
            String found = null;
            String foundPattern = null;
            int foundRank = Integer.MAX_VALUE;
            for (int i = 1; i < row.length && foundRank > 0; i++) {
                char mark = row[i].charAt(0);
                boolean marked = mark == ADJECTIVE_FIRST || mark == PRIMARY_ONLY;
                String pattern = marked ? row[i].substring(1) : row[i];
                if ((pattern.equals(DOUBLED_SINGULAR) || pattern.equals(DOUBLED_FEMININE))
                        && radicals[2] != radicals[3]) {
                    continue;
                }
                if (pattern.equals(HOLLOW_PARTICIPLE)
                        && radicals[2] != 0
                        && radicals[2] != VerbRoot.WAW
                        && radicals[2] != YEH) {
                    continue; // fāʾil drops a weak middle radical only (زوار → زائر; جبال is no plural of جائل)
                }
                for (String candidate : spell(pattern, radicals)) {
                    int rank = candidate.equals(stem) ? Integer.MAX_VALUE : singularRank(candidate, marked ? mark : 0);
                    if (rank < foundRank) {
                        found = candidate;
                        foundRank = rank;
                        foundPattern = pattern;
                    }
                }
            }
            if (found != null) {
                return new Singular(found, shownRoot(plural, radicals, foundPattern));
            }
            if (firstRowOnly) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether a reading spelled as the stem is plural by its tag where the best reading is not (بحار، قلوب، طلاب، كبار):
     * trusted unless the dictionary also reads the stem as a primary singular noun (كتاب, the book, not kuttāb; شعب) or as
     * a singular masdar (قرار، رحلة), since it tags many singulars plural too; a masculine plural adjective (كبار، صغار)
     * outweighs the masdar.
     */
    private static boolean hasPluralReading(String stem, List<Reading> readings) {
        boolean plural = false;
        boolean masculinePluralAdjective = false;
        boolean primarySingular = false;
        boolean masdarSingular = false;
        for (Reading r : readings) {
            if (!r.isNoun() || !plain(r.lemma()).equals(stem)) {
                continue;
            }
            int semi = r.tag().indexOf(';');
            if (r.isPlural()) {
                plural = true;
                masculinePluralAdjective |= r.tag().startsWith("NA") && r.tag().charAt(semi + 1) == 'M';
            } else if (r.tag().length() > semi + 2 && r.tag().charAt(semi + 2) == '1') {
                // an elative or colour afʿal (أسود, aswad, black, not usūd, lions) counts as a primary singular too
                primarySingular |= r.tag().startsWith("NJ")
                        || r.tag().startsWith("N-")
                        || (r.tag().startsWith("NA") && stem.charAt(0) == HAMZA_ON_ALEF && stem.length() == 4);
                masdarSingular |= r.tag().startsWith("NM");
            }
        }
        return plural && !primarySingular && (!masdarSingular || masculinePluralAdjective);
    }

    private static boolean contains(String[] patterns, String pattern) {
        for (String p : patterns) {
            if (p.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The patterns tried, besides those never singular, on a word the dictionary does not know (a name, a typing error,
     * an imperative like اختر): fuʿūl and afʿāl, whose long vowel marks them plural (شهور، عصور، أجداد).
     */
    private static final String[] OUTSIDE_THE_DICTIONARY = arabic("12w3", "A12A3", "A1wA3", "|2A3", "A12A'");

    private static final char HAMZA_UNDER_ALEF = '\u0625';

    private static final String HOLLOW_PARTICIPLE = Buckwalter.arabic("1A}3");

    private static final String FU_LAN_END = Buckwalter.arabic("A4");

    private static final String HOLLOW_AFAL = Buckwalter.arabic("A1wA3");

    /** The singular pattern of a doubled root's fuʿūl, أفعال or فعال (حقوق → حق, حدود → حد): only when 2 and 3 agree. */
    private static final String DOUBLED_SINGULAR = Buckwalter.arabic("12");

    /** fuʿla of a doubled root, the singular of fuʿal (أمم → أمة, خطط → خطة): only when 2 and 3 agree. */
    private static final String DOUBLED_FEMININE = Buckwalter.arabic("12p");

    /** The radicals a plural pattern shows, as a root, when all are letters (no weak letter hidden) and attested. */
    private String shownRoot(String plural, char[] radicals, String singularPattern) {
        if (singularPattern.endsWith(FU_LAN_END)) {
            return null; // fuʿlān: the ن is a suffix (سلاطين → سلطان, root س ل ط)
        }
        if (plural.equals(HOLLOW_AFAL)) {
            // afʿāl of a hollow root shows its و (أعوام → ع و م, أموال → م و ل)
            String root = "" + radicals[1] + VerbRoot.WAW + radicals[3];
            return roots.contains(root) ? root : null;
        }
        int n = plural.indexOf('4') >= 0 ? 4 : 3;
        StringBuilder root = new StringBuilder(n);
        for (int i = 1; i <= n; i++) {
            char c = radicals[i];
            if (c == 0 || c == ALEF || c == VerbRoot.ALEF_MAKSURA || c == YEH || c == VerbRoot.WAW) {
                return null; // a weak letter in the plural may stand for the other one (أيام of ي و م, أعياد of ع و د)
            }
            root.append(VerbRoot.isHamza(c) ? VerbRoot.HAMZA : c);
        }
        return roots.contains(root.toString()) ? root.toString() : null;
    }

    private static boolean isOnlyPlural(String pattern) {
        for (String p : ONLY_PLURAL) {
            if (p.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    private boolean isSingularNoun(String word) {
        return singularRank(word, (char) 0) < Integer.MAX_VALUE;
    }

    /** A singular pattern's mark: an adjective before any other noun (faʿīl of fuʿalāʾ: شهداء → شهيد, شعراء → شاعر). */
    private static final char ADJECTIVE_FIRST = '+';

    /** A singular pattern's mark: a primary noun only (faʿl of fiʿāl: جبال → جبل; كبار is not of the masdar كبر). */
    private static final char PRIMARY_ONLY = '!';

    /**
     * How good a singular the dictionary makes of {@code word}: 0 a noun that is its own lemma, primary or masdar (مكتب،
     * دولة، موقع), 1 an adjective (مدان for مدن, مدرس for مدارس) or a feminine listed under its masculine (مسجدة under
     * مسجد, قاعدة under قاعد), {@link Integer#MAX_VALUE} no singular noun. {@code mark}: {@link #ADJECTIVE_FIRST} ranks
     * an adjective 0 and any other noun 1, {@link #PRIMARY_ONLY} counts only a primary noun that is its own lemma.
     */
    private int singularRank(String word, char mark) {
        int rank = Integer.MAX_VALUE;
        for (Reading r : dictionary.lookup(word)) {
            String lemma = plain(r.lemma());
            if (!r.isNoun() || r.isPlural()) {
                continue;
            }
            boolean adjective = r.tag().startsWith("NA");
            // both tests, not ||: the JIT, having seen no tag N- yet, compiled the second test as a trap, and the
            // first N- threw away the compile of byPluralPatterns this is inlined into (about 75 KB, over a second
            // of the C2 thread's time in a 10M-token ingest; docs/performance.md, "the fourteenth session")
            boolean primary = r.tag().startsWith("NJ") | r.tag().startsWith("N-");
            boolean own = lemma.equals(word);
            if (!own && !(lemma + TEH_MARBUTA).equals(word)) {
                continue;
            }
            int found;
            if (mark == PRIMARY_ONLY) {
                if (!(primary && own)) {
                    continue;
                }
                found = 0;
            } else if (mark == ADJECTIVE_FIRST) {
                found = adjective && own ? 0 : 1;
            } else {
                found = own && !adjective ? 0 : 1;
            }
            rank = Math.min(rank, found);
        }
        return rank;
    }

    /** The radicals (1–4) of {@code word} on {@code pattern}, or null if it does not fit. */
    private static char[] radicals(String word, String pattern) {
        if (word.length() != pattern.length()) {
            return null;
        }
        char[] r = new char[5];
        for (int i = 0; i < word.length(); i++) {
            char p = pattern.charAt(i);
            char c = word.charAt(i);
            if (Character.isDigit(p)) {
                if (c == TEH_MARBUTA || c == ALEF) {
                    return null;
                }
                r[p - '0'] = c;
            } else if (p != c
                    && !(p == ALEF && ALEF_FORMS.indexOf(c) >= 0 && c != VerbRoot.ALEF_MADDA) // آ is ء + ا: آفاق
                    && !(HAMZA_SEATS.indexOf(p) >= 0 && HAMZA_SEATS.indexOf(c) >= 0)) {
                return null;
            }
        }
        return r;
    }

    /** The pattern filled with the radicals; a hamza radical in every seat, since the seat follows the vowels. */
    private static List<String> spell(String pattern, char[] radicals) {
        List<StringBuilder> out = new ArrayList<>();
        out.add(new StringBuilder(pattern.length()));
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            char c = Character.isDigit(p) ? radicals[p - '0'] : p;
            if (c == 0) {
                return List.of();
            }
            if (Character.isDigit(p) && HAMZA_SEATS.indexOf(c) >= 0) {
                List<StringBuilder> seats = new ArrayList<>();
                for (char seat : HAMZA_SEATS.toCharArray()) {
                    for (StringBuilder b : out) {
                        seats.add(new StringBuilder(b).append(seat));
                    }
                }
                out = seats;
            } else {
                for (StringBuilder b : out) {
                    b.append(c);
                }
            }
        }
        return out.stream().map(StringBuilder::toString).toList();
    }

    private String verbRoot(String vowelledLemma, String plainLemma) {
        List<String> candidates = VerbRoot.candidates(vowelledLemma);
        String voted = byVerbalNouns(vowelledLemma, candidates);
        if (voted != null) {
            return voted;
        }
        if (candidates.size() == 2 && plainLemma.length() == 3) {
            // form I hollow or defective: the imperfective the dictionary lists under this lemma (يسير → س ي ر)
            // (both may be listed, سار يسير and يسور: then the root with more verbs)
            String confirmed = null;
            for (String c : candidates) {
                for (Reading r : dictionary.lookup(YEH + c)) {
                    if (r.lemma().equals(vowelledLemma)
                            && (confirmed == null || roots.weight(c) > roots.weight(confirmed))) {
                        confirmed = c;
                    }
                }
            }
            if (confirmed != null) {
                return confirmed;
            }
        }
        if (candidates.size() == 2
                && plainLemma.length() > 3
                && commonFormOneRoots != null
                && candidates.get(0).charAt(1) == candidates.get(1).charAt(1)) { // defective, not hollow
            boolean first = commonFormOneRoots.contains(candidates.get(0));
            boolean second = commonFormOneRoots.contains(candidates.get(1));
            if (first != second) {
                return candidates.get(first ? 0 : 1);
            }
            if (first) {
                // both have a common form I (عَلَا يعلو and عَلِيَ يعلى): و, under which Hans Wehr files such pairs
                return candidates.get(0).indexOf(VerbRoot.WAW) >= 0 ? candidates.get(0) : candidates.get(1);
            }
        }
        String best = null;
        for (String c : candidates) {
            if (roots.contains(c) && (best == null || roots.weight(c) > roots.weight(best))) {
                best = c;
            }
        }
        if (best != null) {
            return best;
        }
        return candidates.isEmpty() ? nounRoot(plainLemma, plainLemma, Wazn.WordKind.ANY) : candidates.get(0);
    }

    /**
     * Of a weak verb's two candidates (و or ي), the one its masdars write more often: a masdar that holds the
     * candidate's letters in a row shows the weak radical (سار: سير، مسير، مسيرة against سورة → س ي ر; قال: قول،
     * قولة → ق و ل). A ي before alef is not counted, since there it may be a و after kasra (قيام، زيارة، صيام).
     * Null when the masdars do not decide or the root is not attested.
     */
    private String byVerbalNouns(String vowelledLemma, List<String> candidates) {
        if (candidates.size() != 2) {
            return null;
        }
        int[] votes = new int[2];
        for (String masdar : verbalNouns.masdarsOf(vowelledLemma)) {
            if (isFaylula(masdar)) {
                continue;
            }
            String m = hamzaAsRadical(masdar);
            for (int i = 0; i < 2; i++) {
                int at = m.indexOf(candidates.get(i));
                int weak = candidates.get(i).indexOf(YEH);
                if (at >= 0 && !(weak >= 0 && at + weak + 1 < m.length() && m.charAt(at + weak + 1) == ALEF)) {
                    votes[i]++;
                }
            }
        }
        int winner = votes[0] > votes[1] ? 0 : votes[1] > votes[0] ? 1 : -1;
        return winner >= 0 && roots.contains(candidates.get(winner)) ? candidates.get(winner) : null;
    }

    /**
     * A masdar faiʿlūla (حيلولة، كينونة، ديمومة): written with ي whatever the weak radical (Wright, vol. 1, §222), so
     * it casts no vote.
     */
    private static boolean isFaylula(String masdar) {
        return masdar.length() == 6
                && masdar.charAt(1) == YEH
                && masdar.charAt(3) == VerbRoot.WAW
                && masdar.charAt(2) == masdar.charAt(4)
                && masdar.charAt(5) == TEH_MARBUTA;
    }

    /** Every hamza seat as the bare hamza a root writes (a root's ء matches سؤال's ؤ). */
    private static String hamzaAsRadical(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(VerbRoot.isHamza(c) ? VerbRoot.HAMZA : c);
        }
        return out.toString();
    }

    /**
     * A masdar the list of verbal nouns gives takes its verb's root (ترجمة → ترجم، زلزال → زلزل، إيمان → ءمن);
     * any other noun the attested root the patterns fit best on the lemma, else on the stem, else the baseline's.
     */
    private String nounRoot(String lemma, String stem, Wazn.WordKind kind) {
        for (String verb : verbalNouns.verbsOf(lemma)) {
            String root = verbRoot(verb, plain(verb));
            if (roots.contains(root)) {
                return root;
            }
        }
        String root = byImperfective(lemma);
        if (root == null) {
            root = bestAttested(lemma, kind);
        }
        if (root == null && !stem.equals(lemma)) {
            root = bestAttested(stem, Wazn.WordKind.ANY);
        }
        if (root == null) {
            for (String s : SUFFIXES) {
                if (lemma.length() - s.length() >= 2
                        && Affixes.endsWith(lemma, s)
                        && (root = bestAttested(lemma.substring(0, lemma.length() - s.length()), Wazn.WordKind.ANY))
                                != null) {
                    break;
                }
            }
        }
        return root != null ? root : baselineRoot.apply(lemma);
    }

    /**
     * A noun on mu- or ma- that is a verb's participle or noun of place, written like its imperfective with م for ي
     * (Wright, vol. 1, §§230–232: مدير ↔ يدير, مترجم ↔ يترجم, مستمر ↔ يستمر, مسألة ↔ يسأل, محل ↔ يحل): the root of the
     * verb the dictionary reads there, which settles what the letters alone do not (a quadriliteral, a weak or a
     * doubled radical). Null when the word is not so shaped or the dictionary has no such verb.
     */
    private String byImperfective(String lemma) {
        String base = lemma.charAt(lemma.length() - 1) == TEH_MARBUTA ? lemma.substring(0, lemma.length() - 1) : lemma;
        if (base.length() < 3 || base.charAt(0) != MEEM) {
            return null;
        }
        String imperfective = YEH + base.substring(1);
        Reading verb = null;
        for (Reading r : dictionary.lookup(imperfective)) {
            if (r.isFiniteVerb()
                    && isImperfective(r)
                    && r.tag().regionMatches(r.tag().indexOf(';') + 1, THIRD_MASCULINE_SINGULAR, 0, 3)
                    && (verb == null || verbRank(imperfective, r) < verbRank(imperfective, verb))) {
                verb = r;
            }
        }
        if (verb == null) {
            return null;
        }
        String root = verbRoot(verb.lemma(), plain(verb.lemma()));
        // م and two letters is a doubled root's mafʿal or mufʿal (مهم، محل، مقر), not م + a hidden radical (ملأ)
        boolean fits = base.length() > 3 || (root.length() == 3 && root.charAt(1) == root.charAt(2));
        return fits && roots.contains(root) ? root : null;
    }

    /** Of two roots the patterns fit equally well, whether {@code a} is more in use: more common verbs, then more verbs. */
    private boolean inUse(String a, String b) {
        // while the constructor counts the common verbs, the counts are not there yet
        Map<String, Integer> common = commonVerbs == null ? Map.of() : commonVerbs;
        int byCommon = Integer.compare(common.getOrDefault(a, 0), common.getOrDefault(b, 0));
        if (byCommon != 0) {
            return byCommon > 0;
        }
        int byVerbs = Integer.compare(roots.weight(a), roots.weight(b));
        // then و before ي: most hollow and defective roots are of و (ساعة of س و ع)
        return byVerbs != 0 ? byVerbs > 0 : a.indexOf(VerbRoot.WAW) >= 0 && b.indexOf(VerbRoot.WAW) < 0;
    }

    /** The person and number of the imperfective a participle is read from: he (يدير), not they (يدين). */
    private static final String THIRD_MASCULINE_SINGULAR = "M1H";

    private String bestAttested(String word, Wazn.WordKind kind) {
        Wazn.Candidate best = null;
        for (Wazn.Candidate c : Wazn.candidates(word, kind)) {
            if (roots.contains(c.root())
                    && (best == null
                            || c.score() > best.score()
                            || (c.score() == best.score() && inUse(c.root(), best.root())))) {
                best = c;
            }
        }
        return best == null ? null : best.root();
    }

    /** A word the dictionary does not know: the proclitics and sound suffixes a light stemmer strips. */
    private static String outOfDictionaryStem(String word) {
        String stem = word;
        for (int i = PROCLITICS.length - 1; i > 0; i--) {
            String pre = PROCLITICS[i];
            if (ENDS_WITH_ARTICLE[i] && stem.length() - pre.length() >= 3 && Affixes.startsWith(stem, pre)) {
                stem = stem.substring(pre.length());
                break;
            }
        }
        if (stem.length() > 4 && Affixes.endsWith(stem, NISBA_FEMININE)) {
            return stem.substring(0, stem.length() - 1); // nisba feminine: روسية → روسي
        }
        return stem;
    }

    private static final String NISBA_FEMININE = Buckwalter.arabic("yp");

    private static List<Reading> distinct(List<Reading> readings) {
        Map<String, Reading> byLemma = new LinkedHashMap<>();
        for (Reading r : readings) {
            byLemma.putIfAbsent(r.lemma() + '\u0000' + r.pos(), r);
        }
        return List.copyOf(byLemma.values());
    }

    /** A dictionary lemma without its vowels and shadda. */
    static String plain(String vowelled) {
        StringBuilder out = new StringBuilder(vowelled.length());
        for (int i = 0; i < vowelled.length(); i++) {
            char c = vowelled.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String[] arabic(String... buckwalter) {
        String[] out = new String[buckwalter.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Buckwalter.arabic(buckwalter[i]);
        }
        return out;
    }
}
