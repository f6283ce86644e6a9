package org.botserver.adapter.out.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.ToolDefinition;

/** Reads a tool's JSON Schema and a tool call's arguments into plain maps for the SDKs' JSON values. */
public final class ToolSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };

    private ToolSchemas() {
    }

    /** The tool's parameters schema ({@code type}, {@code properties}, {@code required}). */
    public static Map<String, Object> schema(ToolDefinition tool) {
        try {
            return JSON.readValue(tool.jsonSchema(), OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The tool " + tool.name() + " has an unreadable schema", e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> properties(ToolDefinition tool) {
        return (Map<String, Object>) schema(tool).getOrDefault("properties", Map.of());
    }

    @SuppressWarnings("unchecked")
    public static List<String> required(ToolDefinition tool) {
        return (List<String>) schema(tool).getOrDefault("required", List.of());
    }

    /**
     * A call's arguments as an object for a provider that wants structured input back in the history; arguments
     * the model wrote as broken JSON are kept as text under "arguments", since the tool already refused them.
     */
    public static Map<String, Object> arguments(String json) {
        try {
            Object value = JSON.readValue(json, Object.class);
            if (value instanceof Map<?, ?> map) return JSON.convertValue(map, OBJECT);
        } catch (JsonProcessingException e) {
            // falls through: the model's broken arguments are shown to it as they were
        }
        return Map.of("arguments", json);
    }
}
