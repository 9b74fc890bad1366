package org.siyaq.corpus.load;

import java.util.List;

/** An upload refused as a whole, for a reason the instructor reads in English or Arabic; nothing is stored. */
public abstract class UploadRefusedException extends RuntimeException {

    private final transient UploadProblem problem;
    private final transient List<String> details;

    UploadRefusedException(UploadProblem problem, Object... details) {
        this(problem, UnreadableFileException.strings(details));
    }

    private UploadRefusedException(UploadProblem problem, List<String> details) {
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
