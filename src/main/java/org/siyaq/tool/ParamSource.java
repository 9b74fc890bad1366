package org.siyaq.tool;

import java.util.Map;

/**
 * Where a tool's parameters come from: an HTTP request's query parameters (read strictly) or a page's
 * address (read leniently, see {@link Param#readLenient}).
 */
@FunctionalInterface
public interface ParamSource {

    <T> T get(Param<T> param);

    /** This source, reading {@code replacement} where {@code param} is asked for (a page's own default). */
    default <V> ParamSource replacing(Param<V> param, Param<V> replacement) {
        ParamSource self = this;
        return new ParamSource() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T get(Param<T> asked) {
                return asked == param ? (T) self.get(replacement) : self.get(asked);
            }
        };
    }

    /** The parameters of an API request: a value not of its parameter's type is a bad request. */
    static ParamSource strict(Map<String, String> values) {
        return new ParamSource() {
            @Override
            public <T> T get(Param<T> param) {
                return param.read(values.get(param.name()));
            }
        };
    }
}
