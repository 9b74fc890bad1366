package org.siyaq.index;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.siyaq.analysis.Level;

/**
 * The interned vocabulary of one corpus: one id per distinct {@code form}, and for each of the
 * other levels a table of distinct strings with the type id of every form. Type ids at every level
 * are assigned in code-point order of their strings, so comparing ids compares strings.
 * <p>
 * Memory: the distinct strings of each level lie in one {@link StringArena} (about a byte a char and
 * four bytes a string), and a string is found by binary search there, so a type costs no object, no
 * hash entry and no boxed id; besides the arenas a form costs one int per level (its type there).
 */
public final class Lexicon {

    private final StringArena[] strings = new StringArena[Level.values().length];
    private final int[][] typeOfForm = new int[Level.values().length][];

    /**
     * Builds a lexicon from each form's strings at every level.
     *
     * @param levelStrings {@code levelStrings[level.ordinal()][formIndex]}; the FORM row holds the forms
     *                     themselves (distinct, in id order); their type ids at FORM are sorted too
     */
    public Lexicon(String[][] levelStrings) {
        int formCount = levelStrings[Level.FORM.ordinal()].length;
        // the levels are independent: build them side by side
        Arrays.stream(Level.values()).parallel().forEach(level -> {
            String[] perForm = levelStrings[level.ordinal()];
            FormOrder order = FormOrder.of(perForm);
            int[] types = new int[formCount];
            String[] distinct = new String[formCount];
            int n = 0;
            for (int i = 0; i < formCount; i++) {
                int f = order.forms()[i];
                if (n == 0 || !order.sameAsPrevious(i)) {
                    distinct[n++] = perForm[f];
                }
                types[f] = n - 1;
            }
            distinct = Arrays.copyOf(distinct, n);
            strings[level.ordinal()] = new StringArena(distinct);
            typeOfForm[level.ordinal()] = types;
        });
    }

    /** A lexicon from the arenas and tables another one held ({@link LexiconCodec}). */
    Lexicon(StringArena[] arenas, int[][] typeTables) {
        int forms = typeTables[Level.FORM.ordinal()].length;
        for (Level level : Level.values()) {
            int[] table = typeTables[level.ordinal()];
            int types = arenas[level.ordinal()].size();
            if (table.length != forms) {
                throw new IllegalArgumentException(level + " has types for " + table.length + " forms, not " + forms);
            }
            for (int t : table) {
                if (t < 0 || t >= types) {
                    throw new IllegalArgumentException(level + " type " + t + " outside 0.." + (types - 1));
                }
            }
            strings[level.ordinal()] = arenas[level.ordinal()];
            typeOfForm[level.ordinal()] = table;
        }
    }

    /** The strings of a level, for {@link LexiconCodec}. */
    StringArena arena(Level level) {
        return strings[level.ordinal()];
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
        return typeOfForm[Level.FORM.ordinal()].length;
    }

    public int typeCount(Level level) {
        return strings[level.ordinal()].size();
    }

    /** The string of a type (a new {@code String} each call: the arena holds bytes, not objects). */
    public String string(Level level, int type) {
        return strings[level.ordinal()].get(type);
    }

    /**
     * Type {@code type} of {@code level} here against type {@code otherType} of the same level in
     * {@code other}, in code-point order ({@link #compareCodePoints}), without making either string.
     */
    public int compare(Level level, int type, Lexicon other, int otherType) {
        return strings[level.ordinal()].compare(type, other.strings[level.ordinal()], otherType);
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
        return strings[level.ordinal()].indexOf(s);
    }

    /** The form ids whose string at {@code level} is type {@code type}, ascending (a scan of the level's table). */
    public int[] formsOf(Level level, int type) {
        int[] table = typeOfForm[level.ordinal()];
        int n = 0;
        for (int t : table) {
            if (t == type) {
                n++;
            }
        }
        int[] out = new int[n];
        for (int f = 0, k = 0; k < n; f++) {
            if (table[f] == type) {
                out[k++] = f;
            }
        }
        return out;
    }

    /** Bytes held by the strings and tables (an estimate without object headers), for the memory figures. */
    public long bytes() {
        return bytesByPart().values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@link #bytes()} by level: each level's string arena and its form-to-type table. */
    Map<String, Long> bytesByPart() {
        Map<String, Long> parts = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            parts.put("strings." + level.key(), strings[level.ordinal()].bytes());
            parts.put("typeOfForm." + level.key(), 4L * typeOfForm[level.ordinal()].length);
        }
        return parts;
    }

    /** For every form, its string at each level: the inverse of the constructor, for persistence. */
    public String[][] levelStrings() {
        String[][] out = new String[Level.values().length][formCount()];
        for (Level level : Level.values()) {
            for (int f = 0; f < formCount(); f++) {
                out[level.ordinal()][f] = strings[level.ordinal()].get(typeOf(level, f));
            }
        }
        return out;
    }
}
