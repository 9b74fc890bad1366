package org.siyaq.analysis;

import java.util.Arrays;

/**
 * The {@code form} tokens of one text without an object a token ({@link ArabicAnalysis#tokenRun}): the forms' chars
 * one after another in one array, and each token's offsets into the text. An ingest reads a corpus's tokens this way
 * and interns each form from its chars, so a token costs no {@code String} and no {@link Token} (issue 14: at 100M
 * tokens those were most of the collector's work).
 */
public final class TokenRun {

    private char[] chars = new char[256];
    private int charCount;
    /** Where token {@code i}'s form ends in {@link #chars} (it starts where token {@code i - 1}'s ends). */
    private int[] formEnd = new int[32];

    private int[] start = new int[32];
    private int[] end = new int[32];
    private int size;

    TokenRun() {}

    void add(char[] form, int from, int length, int startOffset, int endOffset) {
        if (charCount + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, charCount + length));
        }
        System.arraycopy(form, from, chars, charCount, length);
        charCount += length;
        add(startOffset, endOffset);
    }

    void add(String form, int startOffset, int endOffset) {
        int length = form.length();
        if (charCount + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, charCount + length));
        }
        form.getChars(0, length, chars, charCount);
        charCount += length;
        add(startOffset, endOffset);
    }

    private void add(int startOffset, int endOffset) {
        if (size == start.length) {
            int grown = 2 * size;
            formEnd = Arrays.copyOf(formEnd, grown);
            start = Arrays.copyOf(start, grown);
            end = Arrays.copyOf(end, grown);
        }
        formEnd[size] = charCount;
        start[size] = startOffset;
        end[size++] = endOffset;
    }

    public int size() {
        return size;
    }

    /** The chars of every form, token after token: token {@code i}'s are {@code [formStart(i), formEnd(i))}. */
    public char[] chars() {
        return chars;
    }

    public int formStart(int i) {
        return i == 0 ? 0 : formEnd[i - 1];
    }

    public int formEnd(int i) {
        return formEnd[i];
    }

    /** Token {@code i}'s form as a new string. */
    public String form(int i) {
        return new String(chars, formStart(i), formEnd[i] - formStart(i));
    }

    /** Where each token starts in the text (a new array of {@link #size} offsets). */
    public int[] starts() {
        return Arrays.copyOf(start, size);
    }

    /** Where each token ends in the text, exclusive (a new array of {@link #size} offsets). */
    public int[] ends() {
        return Arrays.copyOf(end, size);
    }
}
