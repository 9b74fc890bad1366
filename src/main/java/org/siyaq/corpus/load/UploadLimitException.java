package org.siyaq.corpus.load;

/** An upload broke one of the {@link UploadLimits}; the whole upload is refused and nothing is stored. */
public class UploadLimitException extends RuntimeException {

    public UploadLimitException(String message) {
        super(message);
    }
}
