package org.siyaq.corpus.load;

import java.util.List;

/** An upload broke one of the {@link UploadLimits}; the whole upload is refused and nothing is stored. */
public class UploadLimitException extends RuntimeException {

    private final transient UploadProblem problem;
    private final transient List<String> details;

    UploadLimitException(UploadProblem problem, Object... details) {
        this(problem, UnreadableFileException.strings(details));
    }

    private UploadLimitException(UploadProblem problem, List<String> details) {
        super(problem.message(false, details));
        this.problem = problem;
        this.details = details;
    }

    public UploadProblem problem() {
        return problem;
    }

    /** The message in Arabic ({@code true}) or English (the same as {@link #getMessage()}). */
    public String message(boolean inArabic) {
        return problem.message(inArabic, details);
    }
}
