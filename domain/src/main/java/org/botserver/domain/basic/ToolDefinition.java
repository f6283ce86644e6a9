package org.botserver.domain.basic;

import java.util.List;
import java.util.Objects;

/** A dialog offered to the LLM as a function: its name (the file stem), description and parameters. */
public record ToolDefinition(String name, String description, List<ToolParameter> parameters) {

    public ToolDefinition {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        parameters = List.copyOf(parameters);
    }

    /** The parameters as a JSON Schema object; OPTIONAL parameters are left out of "required". */
    public String jsonSchema() {
        StringBuilder json = new StringBuilder("{\"type\":\"object\",\"properties\":{");
        for (int i = 0; i < parameters.size(); i++) {
            ToolParameter p = parameters.get(i);
            if (i > 0) json.append(',');
            json.append(Json.string(p.name())).append(":{\"type\":").append(Json.string(p.jsonType()));
            if (p.jsonFormat() != null) json.append(",\"format\":").append(Json.string(p.jsonFormat()));
            if (p.description() != null) json.append(",\"description\":").append(Json.string(p.description()));
            if (p.example() != null) json.append(",\"examples\":[").append(Json.string(p.example())).append(']');
            if (!p.choices().isEmpty()) {
                json.append(",\"enum\":[");
                for (int j = 0; j < p.choices().size(); j++) {
                    if (j > 0) json.append(',');
                    json.append(Json.string(p.choices().get(j)));
                }
                json.append(']');
            }
            json.append('}');
        }
        json.append("},\"required\":[");
        boolean first = true;
        for (ToolParameter p : parameters) {
            if (p.optional()) continue;
            if (!first) json.append(',');
            json.append(Json.string(p.name()));
            first = false;
        }
        return json.append("]}").toString();
    }

    /** The whole function declaration as OpenAI-style JSON: name, description and parameters. */
    public String functionJson() {
        return "{\"name\":" + Json.string(name) + ",\"description\":" + Json.string(description)
                + ",\"parameters\":" + jsonSchema() + "}";
    }
}
