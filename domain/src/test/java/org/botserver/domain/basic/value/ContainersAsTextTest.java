package org.botserver.domain.basic.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Arrays and objects read as text however they nest: a cycle shows "…", and the text stays bounded. */
class ContainersAsTextTest {

    @Test
    void an_object_holding_itself_shows_a_marker_where_it_repeats() {
        ObjectValue o = ObjectValue.empty();
        o.put("name", new TextValue("Ana"));
        o.put("self", o);
        assertEquals("{name: Ana, self: …}", o.asText());
    }

    @Test
    void an_array_holding_itself_inside_an_object_shows_a_marker() {
        ArrayValue a = ArrayValue.of(List.of(NumberValue.of(1)));
        ObjectValue holder = ObjectValue.empty();
        holder.put("back", a);
        a.elements().add(holder);
        assertEquals("1, {back: …}", a.asText());
    }

    @Test
    void a_value_shared_twice_is_written_twice() {
        ObjectValue shared = ObjectValue.empty();
        shared.put("a", NumberValue.of(1));
        assertEquals("{a: 1}, {a: 1}", ArrayValue.of(List.of(shared, shared)).asText());
    }

    @Test
    void doubling_a_shared_array_forty_times_gives_bounded_text() {
        Value a = ArrayValue.of(List.of(new TextValue("x")));
        for (int i = 0; i < 40; i++) a = ArrayValue.of(List.of(a, a));
        assertTrue(a.asText().length() <= ContainerText.MAX_LENGTH + 10);
    }
}
