package org.botserver.application.http;

/** The request methods the HTTP keywords send; only POST, PUT and PATCH carry a body. */
public enum HttpMethod {
    GET, POST, PUT, PATCH, DELETE;

    public boolean hasBody() {
        return this == POST || this == PUT || this == PATCH;
    }
}
