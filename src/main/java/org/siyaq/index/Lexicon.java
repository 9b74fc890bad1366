package org.siyaq.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.siyaq.analysis.Level;

/**
 * The interned vocabulary of one corpus: one id per distinct {@code form}, and for each of the
 * other levels a table of distinct strings with the type id of every form. Type ids at every level
 * are assigned in code-point order of their strings, so comparing ids compares strings.
 */
public final class Lexicon {

    private final String[][] strings = new String[Level.values().length][];
    private final int[][] typeOfForm = new int[Level.values().length][];
    private final Map<String, Integer>[] ids;
    private final int[][] formsByTypeStart = new int[Level.values().length][];
    private final int[][] formsByType = new int[Level.values().length][];

    /**
     * Builds a lexicon from each form's strings at every level.
     *
     * @param levelStrings {@code levelStrings[level.ordinal()][formIndex]}; the FORM row holds the forms
     *                     themselves (distinct, in id order); their type ids at FORM are sorted too
     */
    @SuppressWarnings("unchecked")
    public Lexicon(String[][] levelStrings) {
        ids = new Map[Level.values().length];
        int formCount = levelStrings[Level.FORM.ordinal()].length;
        for (Level level : Level.values()) {
            String[] perForm = levelStrings[level.ordinal()];
            String[] distinct = Arrays.stream(perForm).distinct().sorted(Lexicon::compareCodePoints).toArray(String[]::new);
            Map<String, Integer> index = new HashMap<>(distinct.length * 2);
            for (int i = 0; i < distinct.length; i++) {
                index.put(distinct[i], i);
            }
            int[] types = new int[formCount];
            for (int f = 0; f < formCount; f++) {
                types[f] = index.get(perForm[f]);
            }
            strings[level.ordinal()] = distinct;
            typeOfForm[level.ordinal()] = types;
            ids[level.ordinal()] = index;
            invert(level, types, distinct.length);
        }
    }

    private void invert(Level level, int[] types, int typeCount) {
        int[] start = new int[typeCount + 1];
        for (int t : types) {
            start[t + 1]++;
        }
        for (int t = 0; t < typeCount; t++) {
            start[t + 1] += start[t];
        }
        int[] fill = Arrays.copyOf(start, typeCount);
        int[] forms = new int[types.length];
        for (int f = 0; f < types.length; f++) {
            forms[fill[types[f]]++] = f;
        }
        formsByTypeStart[level.ordinal()] = start;
        formsByType[level.ordinal()] = forms;
    }

    /** Unicode code-point order (String.compareTo compares UTF-16 units, which differs above U+FFFF). */
    public static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    public int formCount() {
        return strings[Level.FORM.ordinal()].length;
    }

    public int typeCount(Level level) {
        return strings[level.ordinal()].length;
    }

    public String string(Level level, int type) {
        return strings[level.ordinal()][type];
    }

    /** The type id at {@code level} of form {@code formId}. */
    public int typeOf(Level level, int formId) {
        return typeOfForm[level.ordinal()][formId];
    }

    /** The whole form-to-type table of a level, for tight loops (not to be modified). */
    int[] typeTable(Level level) {
        return typeOfForm[level.ordinal()];
    }

    /** The type id of a string at a level, or -1 when the corpus does not contain it. */
    public int lookup(Level level, String s) {
        Integer id = ids[level.ordinal()].get(s);
        return id == null ? -1 : id;
    }

    /** The form ids whose string at {@code level} is type {@code type}. */
    public int[] formsOf(Level level, int type) {
        int[] start = formsByTypeStart[level.ordinal()];
        return Arrays.copyOfRange(formsByType[level.ordinal()], start[type], start[type + 1]);
    }

    /** For every form, its string at each level: the inverse of the constructor, for persistence. */
    public String[][] levelStrings() {
        String[][] out = new String[Level.values().length][formCount()];
        for (Level level : Level.values()) {
            for (int f = 0; f < formCount(); f++) {
                out[level.ordinal()][f] = string(level, typeOf(level, f));
            }
        }
        return out;
    }
}
