package org.botserver.adapter.in.rest.knowledge;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A form part as the server hands it to the resource: a name, maybe a file name, and its bytes. */
record FilePart(String name, String fileName, byte[] bytes) implements EntityPart {

    static FilePart file(String fileName, String text) {
        return new FilePart("file", fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Optional<String> getFileName() {
        return Optional.ofNullable(fileName);
    }

    @Override
    public InputStream getContent() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public <T> T getContent(Class<T> type) {
        throw new UnsupportedOperationException("the resource reads parts as streams");
    }

    @Override
    public <T> T getContent(GenericType<T> type) {
        throw new UnsupportedOperationException("the resource reads parts as streams");
    }

    @Override
    public MultivaluedMap<String, String> getHeaders() {
        return new MultivaluedHashMap<>();
    }

    @Override
    public MediaType getMediaType() {
        return MediaType.APPLICATION_OCTET_STREAM_TYPE;
    }
}
