package org.siyaq.corpus.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Decodes a plain-text file in one of the encodings Arabic texts come in: UTF-8, UTF-16 with a
 * byte-order mark, or Windows-1256 (and its ISO cousin 8859-6). A byte-order mark decides first; then
 * strict UTF-8 (valid UTF-8 of any length is almost never another encoding by chance); then Tika's port
 * of ICU's statistical charset detector, whose Arabic recognisers tell Windows-1256 from 8859-6. Any
 * other encoding is refused rather than turned into mojibake.
 */
final class TextDecoder {

    private static final Set<String> ARABIC_SINGLE_BYTE = Set.of("windows-1256", "iso-8859-6");
    /** Characters that are neither text nor layout: more than 1 in 100 of these means the file is not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {}

    static String decode(byte[] bytes) throws UnreadableFileException {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strict(bytes, 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16BE);
        } else if (hasNul(bytes)) {
            throw new UnreadableFileException(UploadProblem.BINARY_ZERO_BYTES);
        } else {
            text = utf8OrDetected(bytes);
        }
        checkIsText(text);
        return text;
    }

    private static String utf8OrDetected(byte[] bytes) throws UnreadableFileException {
        try {
            return strict(bytes, 0, StandardCharsets.UTF_8);
        } catch (UnreadableFileException notUtf8) {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(bytes);
            CharsetMatch[] matches = detector.detectAll();
            // the Arabic reading must be the detector's best, or a Russian KOI8-R file (which any
            // single-byte code page decodes) would pass as Arabic mojibake
            int best = matches.length == 0 ? Integer.MAX_VALUE : matches[0].getConfidence();
            for (CharsetMatch match : matches) {
                if (ARABIC_SINGLE_BYTE.contains(match.getName().toLowerCase(Locale.ROOT))
                        && match.getConfidence() >= best) {
                    // 8859-6 holds a subset of the letters of 1256 at the same codes; 1256 reads both
                    return strict(bytes, 0, Charset.forName("windows-1256"));
                }
            }
            String guess = matches.length == 0 ? "unknown" : matches[0].getName();
            throw new UnreadableFileException(UploadProblem.UNKNOWN_ENCODING, guess);
        }
    }

    private static String strict(byte[] bytes, int skip, Charset charset) throws UnreadableFileException {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(UploadProblem.INVALID_ENCODING, charset.name());
        }
    }

    /** Refuses text that is mostly control characters: a binary file that happened to decode. */
    static void checkIsText(String text) throws UnreadableFileException {
        long controls = text.chars()
                .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        if (controls > 0 && controls > text.length() * MAX_CONTROL_SHARE) {
            throw new UnreadableFileException(UploadProblem.BINARY);
        }
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
