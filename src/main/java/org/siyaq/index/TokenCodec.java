package org.siyaq.index;

import java.io.ByteArrayOutputStream;

/**
 * Packs a document's form ids and character offsets into compact byte chunks for the store
 * (unsigned LEB128 varints: most ids and gaps take one or two bytes instead of four).
 */
public final class TokenCodec {

    private TokenCodec() {
    }

    public static byte[] encodeIds(int[] ids) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(ids.length * 2 + 5);
        writeVarint(out, ids.length);
        for (int id : ids) {
            writeVarint(out, id);
        }
        return out.toByteArray();
    }

    public static int[] decodeIds(byte[] bytes) {
        int[] cursor = {0};
        int[] ids = new int[readVarint(bytes, cursor)];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = readVarint(bytes, cursor);
        }
        return ids;
    }

    /** Offsets as the gap from the previous token's end and the token's length. */
    public static byte[] encodeOffsets(int[] starts, int[] ends) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(starts.length * 2 + 5);
        writeVarint(out, starts.length);
        int previousEnd = 0;
        for (int i = 0; i < starts.length; i++) {
            writeVarint(out, starts[i] - previousEnd);
            writeVarint(out, ends[i] - starts[i]);
            previousEnd = ends[i];
        }
        return out.toByteArray();
    }

    /** Returns {@code {starts, ends}}. */
    public static int[][] decodeOffsets(byte[] bytes) {
        int[] cursor = {0};
        int n = readVarint(bytes, cursor);
        int[] starts = new int[n];
        int[] ends = new int[n];
        int previousEnd = 0;
        for (int i = 0; i < n; i++) {
            starts[i] = previousEnd + readVarint(bytes, cursor);
            ends[i] = starts[i] + readVarint(bytes, cursor);
            previousEnd = ends[i];
        }
        return new int[][] {starts, ends};
    }

    private static void writeVarint(ByteArrayOutputStream out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        while ((value & ~0x7F) != 0) {
            out.write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }

    private static int readVarint(byte[] bytes, int[] cursor) {
        int value = 0;
        int shift = 0;
        byte b;
        do {
            b = bytes[cursor[0]++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return value;
    }
}
