package org.siyaq.corpus.load;

/** One file cannot be turned into text; the reason is shown to the instructor next to the file's name. */
class UnreadableFileException extends Exception {

    UnreadableFileException(String reason) {
        super(reason);
    }
}
