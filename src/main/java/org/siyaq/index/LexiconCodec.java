package org.siyaq.index;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.siyaq.analysis.Level;

/**
 * Packs a corpus's {@link Lexicon} into the one blob the store keeps for it, in the form it has in
 * memory, so reopening a corpus copies arrays instead of sorting and interning its strings again.
 *
 * <p>Format 2 (written since issue 14): the bytes {@code S L X 2}, then, in the deflate format (stored blocks since
 * the fourteenth session, deflated before; read alike): the number of forms
 * and of levels, and per level ({@link Level} order) its {@link StringArena} (the number of strings,
 * each string's length byte, the arena bytes, the wide bits and the long strings) and its type of
 * every form (4 bytes each), all integers big-endian. Format 1 (before): deflated, the number of
 * forms, then each form's string at every level (modified UTF-8); still read, and turned into a
 * lexicon by sorting as at ingest.
 */
public final class LexiconCodec {

    private static final byte[] MAGIC = {'S', 'L', 'X', '2'};

    private LexiconCodec() {}

    /** The lexicon in format 2. */
    public static byte[] encode(Lexicon lexicon) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(MAGIC);
        // stored, not compressed: deflating at the fastest level took 0.65-0.98 s at 10M tokens, at the end of the
        // ingest where little else runs, and inflating 0.27 s at every reopen, for 18 MB instead of 33 (the
        // database is about 300 MB); stored blocks cost 0.12 s and 0.09 s (docs/performance.md, "the fourteenth
        // session"). Still the deflate format, so a blob is read the same way whichever level wrote it.
        Deflater deflater = new Deflater(Deflater.NO_COMPRESSION);
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater, 1 << 16)) {
            Level[] levels = Level.values();
            out.write(ints(lexicon.formCount(), levels.length));
            for (Level level : levels) {
                StringArena arena = lexicon.arena(level);
                out.write(ints(arena.size(), arena.byteCount(), arena.longCount()));
                out.write(arena.lengthBytes());
                out.write(arena.arenaBytes());
                out.write(longs(arena.wideBits()));
                out.write(ints(arena.longIndex()));
                out.write(ints(arena.longLength()));
                out.write(ints(lexicon.typeTable(level)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** The lexicon of a blob of either format. */
    public static Lexicon decode(byte[] blob) {
        if (!hasMagic(blob)) {
            return new Lexicon(decodeLevelStrings(blob));
        }
        ByteBuffer in;
        try (InputStream inflating = new InflaterInputStream(
                new ByteArrayInputStream(blob, MAGIC.length, blob.length - MAGIC.length), new Inflater(), 1 << 16)) {
            in = ByteBuffer.wrap(inflating.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int forms = in.getInt();
        int levelCount = in.getInt();
        if (levelCount != Level.values().length) {
            throw new IllegalStateException(
                    "a lexicon of " + levelCount + " levels; this version has " + Level.values().length);
        }
        StringArena[] arenas = new StringArena[levelCount];
        int[][] types = new int[levelCount][];
        for (int l = 0; l < levelCount; l++) {
            int size = in.getInt();
            int byteCount = in.getInt();
            int longCount = in.getInt();
            byte[] lengths = bytes(in, size);
            byte[] arenaBytes = bytes(in, byteCount);
            long[] wide = new long[(size + 63) / 64];
            in.asLongBuffer().get(wide);
            in.position(in.position() + 8 * wide.length);
            int[] longIndex = ints(in, longCount);
            int[] longLength = ints(in, longCount);
            arenas[l] = new StringArena(size, arenaBytes, lengths, wide, longIndex, longLength);
            types[l] = ints(in, forms);
        }
        return new Lexicon(arenas, types);
    }

    private static boolean hasMagic(byte[] blob) {
        if (blob.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (blob[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ints(int... values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length);
        b.asIntBuffer().put(values);
        return b.array();
    }

    private static byte[] longs(long[] values) {
        ByteBuffer b = ByteBuffer.allocate(8 * values.length);
        b.asLongBuffer().put(values);
        return b.array();
    }

    private static byte[] bytes(ByteBuffer in, int n) {
        byte[] out = new byte[n];
        in.get(out);
        return out;
    }

    private static int[] ints(ByteBuffer in, int n) {
        int[] out = new int[n];
        in.asIntBuffer().get(out);
        in.position(in.position() + 4 * n);
        return out;
    }

    /** Format 1: for each form in id order, its strings at every level ({@code [level ordinal][form id]}). */
    static String[][] decodeLevelStrings(byte[] blob) {
        try (DataInputStream in = new DataInputStream(
                new BufferedInputStream(new InflaterInputStream(new ByteArrayInputStream(blob)), 1 << 16))) {
            int forms = in.readInt();
            String[][] out = new String[Level.values().length][forms];
            for (int f = 0; f < forms; f++) {
                for (Level level : Level.values()) {
                    out[level.ordinal()][f] = in.readUTF();
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
