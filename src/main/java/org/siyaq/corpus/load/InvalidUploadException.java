package org.siyaq.corpus.load;

import java.util.List;

/** An upload that cannot make a corpus as asked (a bad id, no files, nothing readable); nothing is stored. */
public class InvalidUploadException extends IllegalArgumentException {

    private final transient UploadProblem problem;
    private final transient List<String> details;

    InvalidUploadException(UploadProblem problem, Object... details) {
        this(problem, UnreadableFileException.strings(details));
    }

    private InvalidUploadException(UploadProblem problem, List<String> details) {
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
