package org.siyaq.api;

import java.util.List;
import org.siyaq.export.TableColumn;
import org.siyaq.export.TableColumns;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;

/**
 * Result rows as a JSON array of objects, one key a column ({@link TableColumns}), written straight from
 * the rows as Jackson streams the answer: the same JSON as a list of {@link TableColumns#toMap} maps, without
 * a map per row nor the map serializer's per-key lookups (issue 14, item 4: a concordance page of 50 lines
 * built 50 maps and their entries only to be read once). Column names are escaped once, here.
 */
final class JsonRows<R> extends JacksonSerializable.Base {

    private final TableColumns<R> columns;
    private final SerializableString[] names;
    private final List<R> rows;

    JsonRows(TableColumns<R> columns, List<R> rows) {
        this.columns = columns;
        this.names = columns.columns().stream()
                .map(c -> new SerializedString(c.name()))
                .toArray(SerializableString[]::new);
        this.rows = rows;
    }

    @Override
    public void serialize(JsonGenerator gen, SerializationContext ctxt) {
        List<TableColumn<R>> cells = columns.columns();
        gen.writeStartArray(rows, rows.size());
        for (R row : rows) {
            gen.writeStartObject(row, cells.size());
            for (int c = 0; c < names.length; c++) {
                gen.writeName(names[c]);
                Object value = cells.get(c).value(row);
                switch (value) {
                    case null -> gen.writeNull();
                    case String s -> gen.writeString(s);
                    case Integer i -> gen.writeNumber(i);
                    case Long l -> gen.writeNumber(l);
                    case Double d -> gen.writeNumber(d);
                    case Boolean b -> gen.writeBoolean(b);
                    default -> ctxt.writeValue(gen, value);
                }
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializationContext ctxt, TypeSerializer typeSer) {
        serialize(gen, ctxt);
    }
}
