package org.siyaq.corpus.load;

import java.util.Arrays;
import java.util.List;

/** One file cannot be turned into text; the reason is shown to the instructor next to the file's name. */
class UnreadableFileException extends Exception {

    private final transient UploadProblem problem;
    private final transient List<String> details;

    UnreadableFileException(UploadProblem problem, Object... details) {
        this(problem, strings(details));
    }

    private UnreadableFileException(UploadProblem problem, List<String> details) {
        super(problem.message(false, details));
        this.problem = problem;
        this.details = details;
    }

    /** The skipped file {@code file}, with this reason. */
    Rejection rejection(String file) {
        return new Rejection(file, problem, details);
    }

    static List<String> strings(Object... details) {
        return Arrays.stream(details).map(String::valueOf).toList();
    }
}
