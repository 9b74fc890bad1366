package org.siyaq.tool;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parameters written as text, in order, for a link to a page or to the API; blank values are left out. */
public final class ParamValues {

    private final Map<String, String> values = new LinkedHashMap<>();

    public <T> ParamValues with(Param<T> param, T value) {
        String text = param.format(value);
        if (text != null && !text.isBlank()) {
            values.put(param.name(), text);
        }
        return this;
    }

    public Map<String, String> toMap() {
        return Collections.unmodifiableMap(values);
    }
}
