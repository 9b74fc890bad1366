package org.siyaq.corpus.load;

/** An upload broke one of the {@link UploadLimits}; the whole upload is refused and nothing is stored. */
public class UploadLimitException extends UploadRefusedException {

    UploadLimitException(UploadProblem problem, Object... details) {
        super(problem, details);
    }
}
