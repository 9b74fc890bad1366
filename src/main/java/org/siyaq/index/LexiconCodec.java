package org.siyaq.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.siyaq.analysis.Level;

/**
 * Packs a corpus's lexicon into the one blob the store keeps for it: the number of forms, then for
 * each form in id order its string at every {@link Level} (modified UTF-8), the whole deflated.
 */
public final class LexiconCodec {

    private LexiconCodec() {}

    /** The lexicon as, for each form in id order, its strings at every level; deflated. */
    public static byte[] encode(String[][] levelStrings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // buffered: the deflater costs a native call per write, and writeUTF writes once per string
        try (DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(new DeflaterOutputStream(bytes), 1 << 16))) {
            int forms = levelStrings[0].length;
            out.writeInt(forms);
            for (int f = 0; f < forms; f++) {
                for (Level level : Level.values()) {
                    out.writeUTF(levelStrings[level.ordinal()][f]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The strings {@link #encode} wrote: {@code [level ordinal][form id]}. */
    public static String[][] decode(byte[] blob) {
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
