package org.botserver.adapter.out.persistence.qdrant;

import static org.botserver.adapter.out.persistence.qdrant.QdrantStatus.unsupported;

import io.qdrant.client.grpc.Common.Condition;
import io.qdrant.client.grpc.Common.FieldCondition;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.PointStruct;

/** Qdrant's filter semantics over payloads: every must, at least one should (when any), no must_not; arrays match by any element. */
final class FakeFilters {

    private FakeFilters() {
    }

    static boolean matches(Filter filter, PointStruct point) {
        if (filter.hasMinShould()) throw unsupported("min_should filters");
        return filter.getMustList().stream().allMatch(c -> holds(c, point))
                && (filter.getShouldCount() == 0 || filter.getShouldList().stream().anyMatch(c -> holds(c, point)))
                && filter.getMustNotList().stream().noneMatch(c -> holds(c, point));
    }

    private static boolean holds(Condition condition, PointStruct point) {
        return switch (condition.getConditionOneOfCase()) {
            case FIELD -> holds(condition.getField(), point.getPayloadMap().get(condition.getField().getKey()));
            case FILTER -> matches(condition.getFilter(), point);
            default -> throw unsupported(condition.getConditionOneOfCase() + " conditions");
        };
    }

    private static boolean holds(FieldCondition field, Value value) {
        if (!field.hasMatch()) throw unsupported("field conditions other than match");
        if (value == null) return false;
        // As in Qdrant, a condition on an array holds when it holds for any of its elements.
        if (value.hasListValue()) return value.getListValue().getValuesList().stream().anyMatch(v -> holds(field, v));
        var match = field.getMatch();
        return switch (match.getMatchValueCase()) {
            case KEYWORD -> value.hasStringValue() && value.getStringValue().equals(match.getKeyword());
            case INTEGER -> value.hasIntegerValue() && value.getIntegerValue() == match.getInteger();
            case KEYWORDS -> value.hasStringValue() && match.getKeywords().getStringsList().contains(value.getStringValue());
            default -> throw unsupported("match " + match.getMatchValueCase());
        };
    }
}
