package org.siyaq.corpus.load;

/** A file as received: the name the user gave it (a path inside an archive) and its bytes. */
public record UploadedFile(String name, byte[] bytes) {

    /** The lower-case extension without its dot, or "" when the name has none. */
    public String extension() {
        String base = name.substring(name.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
