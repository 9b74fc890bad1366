package org.siyaq.corpus.load;

import java.util.List;
import java.util.Locale;
import org.siyaq.i18n.Messages;

/**
 * Why a file was skipped or an upload refused, with the message an instructor reads in English (also
 * the API's text) and in Arabic; {@code %s} places take the details (a file name, a limit, a type).
 */
public enum UploadProblem {

    // a file is skipped; the rest of the upload loads
    UNSUPPORTED_TYPE(
            "unsupported file type .%s; accepted: .txt .docx .odt .pdf .html .csv .tsv and .zip archives of these",
            "نوع ملف غير مدعوم (الامتداد %s)؛ المقبول: txt وdocx وodt وpdf وhtml وcsv وtsv وأرشيفات zip منها"),
    NO_EXTENSION(
            "a file name without an extension; accepted: .txt .docx .odt .pdf .html .csv .tsv and .zip archives of these",
            "اسم ملف بلا امتداد؛ المقبول: txt وdocx وodt وpdf وhtml وcsv وtsv وأرشيفات zip منها"),
    EMPTY_FILE("the file is empty", "الملف فارغ"),
    NO_TEXT("no text in the file", "لا يحتوي الملف على نص"),
    BINARY_ZERO_BYTES(
            "binary content (zero bytes), not text; UTF-16 needs a byte-order mark",
            "محتوى ثنائي (بايتات صفرية) لا نص؛ يحتاج ترميز UTF-16 إلى علامة ترتيب البايتات (BOM)"),
    BINARY("binary content, not text", "محتوى ثنائي لا نص"),
    INVALID_ENCODING("not valid %s text", "ليس نصًّا صالحًا بترميز %s"),
    UNKNOWN_ENCODING(
            "an encoding that cannot be read (looks like %s); save it as UTF-8, UTF-16 with a byte-order mark, or Windows-1256",
            "ترميز لا يمكن قراءته (يبدو %s)؛ احفظ الملف بترميز UTF-8 أو UTF-16 مع علامة ترتيب البايتات أو Windows-1256"),
    NOT_PLAIN_TEXT(
            "the content is %s, not plain text as .%s says", "المحتوى من نوع %s، لا نص عادي كما يدل الامتداد %s"),
    WRONG_CONTENT("the content is %s, not what .%s says", "المحتوى من نوع %s، لا ما يدل عليه الامتداد %s"),
    TOO_MUCH_TEXT("more than %s characters of text", "أكثر من %s حرف من النص"),
    PARSE_FAILED("cannot be read as .%s (%s)", "تعذّرت قراءته ملفًّا بالامتداد %s (%s)"),
    PDF_WITHOUT_TEXT(
            "the PDF has no text layer (a scan?); run OCR on it first",
            "ملف PDF بلا طبقة نص (صورة ممسوحة؟)؛ مرّره على برنامج للتعرف الضوئي على الحروف (OCR) أولًا"),
    NO_TEXT_COLUMN("no column named 'text' in the header row %s", "لا يوجد عمود اسمه text في صف العناوين %s"),
    BAD_TABLE("cannot be read as a table (%s)", "تعذّرت قراءته جدولًا (%s)"),
    NO_TEXT_ROWS("no row has any text in its 'text' column", "لا يوجد صف فيه نص في عمود text"),
    UNREADABLE("cannot be read (%s)", "تعذّرت قراءته (%s)"),
    UNSAFE_PATH(
            "unsafe path inside the archive (absolute or with '..'); skipped",
            "مسار غير آمن داخل الأرشيف (مطلق أو فيه '..')؛ تُرك"),
    BAD_ZIP("not a readable zip archive (%s)", "ليس أرشيف zip مقروءًا (%s)"),
    EMPTY_ZIP("not a zip archive, or an empty one", "ليس أرشيف zip، أو أنه أرشيف فارغ"),
    // issue 11, item 6: messages in the bundles; a detail that is a bundle key (harden.field.*) is translated
    FILE_NAME_TOO_LONG("harden.upload.file-name-too-long"),
    FIELD_SHORTENED("harden.upload.field-shortened"),

    // a limit is broken; the whole upload is refused
    TOO_MANY_FILES(
            "this upload has %s files; at most %s are accepted at once",
            "في هذا الرفع %s ملف؛ والحد الأقصى %s ملف في المرة الواحدة"),
    TOO_MANY_FILES_IN_ARCHIVES(
            "this upload holds more than %s files (counting those inside archives), the limit",
            "يحتوي هذا الرفع أكثر من %s ملف (مع ما في الأرشيفات)، وهو الحد الأقصى"),
    TOO_MANY_ENTRIES(
            "the archives of this upload hold more than %s entries (the limit)",
            "تحتوي أرشيفات هذا الرفع أكثر من %s مدخل (الحد الأقصى)"),
    TOO_LARGE_UNCOMPRESSED(
            "the archives of this upload decompress to more than %s MB (the limit)",
            "حجم أرشيفات هذا الرفع بعد فك ضغطها أكثر من %s ميغابايت (الحد الأقصى)"),
    NESTED_TOO_DEEP(
            "'%s' is an archive nested %s deep; at most %s level(s) of archives are accepted",
            "الأرشيف '%s' متداخل على عمق %s؛ والحد الأقصى %s مستوى من الأرشيفات"),

    // the upload itself is unusable
    BAD_ID(
            "The corpus id '%s' must be 1–64 lower-case letters, digits, '-' or '_', starting with a letter or digit.",
            "معرّف المدونة '%s' غير صالح: من 1 إلى 64 حرفًا لاتينيًّا صغيرًا أو رقمًا أو '-' أو '_'، يبدأ بحرف أو رقم."),
    NO_FILES("Choose at least one file to upload.", "اختر ملفًّا واحدًا على الأقل لرفعه."),
    BAD_FILE_NAME("harden.upload.bad-file-name"),
    DISK_FULL("harden.upload.disk-full"),
    NOTHING_READABLE(
            "None of the files could be read, so no corpus was made.", "تعذّرت قراءة كل الملفات، فلم تُنشأ مدوّنة.");

    private final String english;
    private final String arabic;
    /** The bundle key of the message, for the problems whose messages live in the bundles; null for the others. */
    private final String key;

    UploadProblem(String english, String arabic) {
        this.english = english;
        this.arabic = arabic;
        this.key = null;
    }

    UploadProblem(String key) {
        this.english = null;
        this.arabic = null;
        this.key = key;
    }

    private static final String FIELD_KEY = "harden.field.";

    /** A stable code for the API, such as {@code empty_file}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message in Arabic ({@code true}) or English, with {@code details} in its {@code %s} places. */
    public String message(boolean inArabic, List<String> details) {
        if (key != null) {
            Locale locale = inArabic ? Messages.ARABIC : Messages.ENGLISH;
            return Messages.get(
                    key,
                    locale,
                    details.stream()
                            .map(d -> d.startsWith(FIELD_KEY) ? Messages.get(d, locale) : d)
                            .toArray());
        }
        return String.format(Locale.ROOT, inArabic ? arabic : english, details.toArray());
    }
}
