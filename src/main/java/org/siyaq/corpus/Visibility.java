package org.siyaq.corpus;

/** Who sees a corpus: instructors only while it is a draft, everyone once it is shared with the class. */
public enum Visibility {
    DRAFT,
    CLASS
}
