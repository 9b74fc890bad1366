package org.siyaq.index;

import java.util.Arrays;

/**
 * Packs a document's form ids and character offsets into compact byte chunks for the store
 * (unsigned LEB128 varints: most ids and gaps take one or two bytes instead of four).
 */
public final class TokenCodec {

    private TokenCodec() {}

    public static byte[] encodeIds(int[] ids) {
        Bytes out = new Bytes(ids.length * 2 + 5);
        out.writeVarint(ids.length);
        for (int id : ids) {
            out.writeVarint(id);
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
        Bytes out = new Bytes(starts.length * 2 + 5);
        out.writeVarint(starts.length);
        int previousEnd = 0;
        for (int i = 0; i < starts.length; i++) {
            out.writeVarint(starts[i] - previousEnd);
            out.writeVarint(ends[i] - starts[i]);
            previousEnd = ends[i];
        }
        return out.toByteArray();
    }

    /** Returns {@code {starts, ends}}. */
    public static int[][] decodeOffsets(byte[] bytes) {
        return decodeOffsets(bytes, Integer.MAX_VALUE);
    }

    /** The offsets of the first {@code limit} tokens (all if there are fewer), as {@code {starts, ends}}. */
    public static int[][] decodeOffsets(byte[] bytes, int limit) {
        int[] cursor = {0};
        int n = Math.min(limit, readVarint(bytes, cursor));
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

    /** A growable byte buffer without the locking of {@code ByteArrayOutputStream} (a write per byte adds up). */
    private static final class Bytes {

        private byte[] buffer;
        private int size;

        Bytes(int capacity) {
            buffer = new byte[capacity];
        }

        void writeVarint(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("negative value " + value);
            }
            if (size + 5 > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + 5));
            }
            while ((value & ~0x7F) != 0) {
                buffer[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            buffer[size++] = (byte) value;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, size);
        }
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
