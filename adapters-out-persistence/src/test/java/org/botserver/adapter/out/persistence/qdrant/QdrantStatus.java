package org.botserver.adapter.out.persistence.qdrant;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/** The gRPC statuses the fake Qdrant answers with, worded as Qdrant words them. */
final class QdrantStatus {

    private QdrantStatus() {
    }

    static StatusRuntimeException invalid(String message) {
        return Status.INVALID_ARGUMENT.withDescription(message).asRuntimeException();
    }

    static StatusRuntimeException missing(String collection) {
        return Status.NOT_FOUND.withDescription("Not found: Collection `" + collection + "` doesn't exist!").asRuntimeException();
    }

    static StatusRuntimeException exists(String collection) {
        return Status.ALREADY_EXISTS.withDescription("Wrong input: Collection `" + collection + "` already exists!").asRuntimeException();
    }

    static StatusRuntimeException unsupported(String what) {
        return Status.UNIMPLEMENTED.withDescription("The fake Qdrant does not implement " + what + ".").asRuntimeException();
    }
}
