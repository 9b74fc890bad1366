package org.siyaq.query;

/** Why a query cannot be run, with the message a user reads in English and in Arabic ({@code %s}: the detail). */
public enum QueryError {
    EMPTY("Type a word or a phrase to search for.", "اكتب كلمة أو عبارة للبحث عنها."),
    UNBALANCED_SLASH("The regular expression %s has no closing '/'.", "التعبير النمطي %s ينقصه '/' الختامية."),
    BAD_REGEX("The regular expression %s is not valid.", "التعبير النمطي %s غير صالح."),
    REGEX_TOO_SLOW(
            "The regular expression %s took too long; make it more specific.",
            "استغرق التعبير النمطي %s وقتًا طويلًا؛ اجعله أكثر تحديدًا."),
    MATCHES_EVERYTHING(
            "The pattern %s would match every word; add at least one letter.",
            "النمط %s يطابق كل الكلمات؛ أضف حرفًا واحدًا على الأقل."),
    NO_WORD(
            "%s contains no word that can be searched (only punctuation or symbols).",
            "لا يحتوي %s على كلمة يمكن البحث عنها (علامات ترقيم أو رموز فقط)."),
    UNKNOWN_LEVEL(
            "Unknown level %s: use form, norm, stem, lemma or root.",
            "مستوى غير معروف %s: استخدم form أو norm أو stem أو lemma أو root."),
    /** A CQL error: the detail is the whole message ({@link CqlException} gives it in either language). */
    CQL("%s", "%s"),
    TOO_LONG(
            "The query has too many words (%s); at most 10 are allowed.",
            "الاستعلام طويل جدًا (%s كلمة)؛ الحد الأقصى 10 كلمات.");

    private final String english;
    private final String arabic;

    QueryError(String english, String arabic) {
        this.english = english;
        this.arabic = arabic;
    }

    public String message(String detail, boolean inArabic) {
        return String.format(inArabic ? arabic : english, detail);
    }
}
