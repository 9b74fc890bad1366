package org.siyaq.index;

import java.util.Arrays;

/**
 * The ids of an ingest's distinct forms, interned from chars (issue 14). A {@code HashMap<String, Integer>} costs a
 * node, a boxed id and a string a form and four dependent reads a lookup; at 100M tokens and 3.4 million forms
 * those reads miss the cache at nearly every token, and the interning was most of the ingest's critical path. Here
 * a form's chars lie in one array, one after another in id order, and an open-addressing table of {@code long}s
 * holds each form's hash beside its id: a lookup reads one slot, and the form's chars only when the hashes agree.
 * Ids are given in the order forms are first seen.
 */
final class FormTable {

    private static final int MIN_SLOTS = 1 << 12;

    private char[] chars = new char[1 << 16];
    /** Where form {@code id}'s chars start in {@link #chars}; {@code starts[size]} is where the next one will. */
    private int[] starts = new int[MIN_SLOTS + 1];

    private int size;
    /** {@code hash << 32 | id + 1}; 0 is an empty slot. */
    private long[] slots = new long[MIN_SLOTS];
    /** A string's chars copied for {@link #intern(String)}, so that a look-up makes no array. */
    private char[] scratch = new char[64];

    int size() {
        return size;
    }

    /** The id of the form {@code chars[from, from + length)}, a new one (the next) if it was not seen before. */
    int intern(char[] form, int from, int length) {
        int hash = hash(form, from, length);
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == 0) {
                return add(form, from, length, hash, slot);
            }
            if ((int) (entry >>> 32) == hash) {
                int id = (int) entry - 1;
                if (equals(id, form, from, length)) {
                    return id;
                }
            }
        }
    }

    /** The id of {@code form}, a new one if it was not seen before. */
    int intern(String form) {
        if (form.length() > scratch.length) {
            scratch = new char[Math.max(form.length(), 2 * scratch.length)];
        }
        form.getChars(0, form.length(), scratch, 0);
        return intern(scratch, 0, form.length());
    }

    /** The chars of every form, one after another in id order: form {@code id}'s start at {@link #start}. */
    char[] chars() {
        return chars;
    }

    int start(int id) {
        return starts[id];
    }

    int length(int id) {
        return starts[id + 1] - starts[id];
    }

    /** Form {@code id} as a new string. */
    String form(int id) {
        return new String(chars, starts[id], starts[id + 1] - starts[id]);
    }

    private boolean equals(int id, char[] form, int from, int length) {
        int start = starts[id];
        return starts[id + 1] - start == length
                && Arrays.equals(chars, start, start + length, form, from, from + length);
    }

    private int add(char[] form, int from, int length, int hash, int slot) {
        int id = size;
        int start = starts[id];
        if (start + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, start + length));
        }
        System.arraycopy(form, from, chars, start, length);
        if (id + 2 > starts.length) {
            starts = Arrays.copyOf(starts, 2 * starts.length);
        }
        starts[id + 1] = start + length;
        size++;
        slots[slot] = (long) hash << 32 | (id + 1);
        if (2 * size > slots.length) {
            grow();
        }
        return id;
    }

    /** Twice the slots, at most half of them full. */
    private void grow() {
        long[] old = slots;
        slots = new long[2 * old.length];
        int mask = slots.length - 1;
        for (long entry : old) {
            if (entry != 0) {
                int slot = mix((int) (entry >>> 32)) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry;
            }
        }
    }

    private static int hash(char[] form, int from, int length) {
        int h = 0;
        for (int i = from; i < from + length; i++) {
            h = 31 * h + form[i];
        }
        return h;
    }

    /** Spreads a hash's bits (the multiplier of Fibonacci hashing), so that similar forms land far apart. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
