package org.siyaq.corpus.load;

import java.util.List;

/** A file that was skipped, by name, with the reason in words an instructor can act on, in English or Arabic. */
public record Rejection(String file, UploadProblem problem, List<String> details) {

    public Rejection {
        details = List.copyOf(details);
    }

    /** The reason in English, as the API gives it. */
    public String reason() {
        return reason(false);
    }

    /** The reason in Arabic ({@code true}) or English. */
    public String reason(boolean inArabic) {
        return problem.message(inArabic, details);
    }
}
