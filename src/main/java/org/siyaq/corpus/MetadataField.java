package org.siyaq.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One metadata field of a corpus with the distinct values its documents have and how many documents
 * have each: what a sub-corpus can be chosen by. Values that {@link DocumentFilter} treats as equal
 * (case, surrounding blanks) are one value, written as the first document spells it.
 *
 * @param withoutValue documents that have no value in this field
 */
public record MetadataField(String name, List<Value> values, int withoutValue) {

    /** A value and the number of documents that have it. */
    public record Value(String value, int documents) {}

    /**
     * The fields of {@code documents} that at least one document has a value in, built-in fields first;
     * each field's values by number of documents, most first, then by the value (String order).
     */
    public static List<MetadataField> of(List<DocumentInfo> documents) {
        List<MetadataField> fields = new ArrayList<>();
        for (String field : DocumentFilter.fieldsOf(documents)) {
            Map<String, String> spelling = new LinkedHashMap<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            int without = 0;
            for (DocumentInfo doc : documents) {
                String value = DocumentFilter.valueOf(doc, field);
                if (value == null) {
                    without++;
                    continue;
                }
                String key = DocumentFilter.fold(value);
                spelling.putIfAbsent(key, value);
                counts.merge(key, 1, Integer::sum);
            }
            if (counts.isEmpty()) {
                continue;
            }
            List<Value> values = new ArrayList<>(counts.size());
            counts.forEach((key, n) -> values.add(new Value(spelling.get(key), n)));
            values.sort(Comparator.comparingInt(Value::documents).reversed().thenComparing(Value::value));
            fields.add(new MetadataField(field, List.copyOf(values), without));
        }
        return fields;
    }
}
