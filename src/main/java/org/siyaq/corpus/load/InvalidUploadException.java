package org.siyaq.corpus.load;

/** An upload that cannot make a corpus as asked (a bad id, no files, nothing readable); nothing is stored. */
public class InvalidUploadException extends UploadRefusedException {

    InvalidUploadException(UploadProblem problem, Object... details) {
        super(problem, details);
    }
}
