package org.botserver.domain.basic.builtins;

/** Built-ins between values and text formats: TOJSON(value [, pretty]), TOYAML(value) and JSON PARSE(text). */
final class JsonFunctions {

    private JsonFunctions() {
    }

    static void register(Registry r) {
        r.define(1, 2, c -> c.textResult(JsonWriter.write(c.arg(0), c.has(1) && c.arg(1).truthy(), c)), "TOJSON");
        r.define(1, 1, c -> c.textResult(YamlWriter.write(c.arg(0), c)), "TOYAML");
        r.define(1, 1, c -> JsonReader.read(c.text(0), c), "JSON PARSE", "PARSEJSON", "FROMJSON");
    }
}
