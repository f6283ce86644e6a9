package org.botserver.application.knowledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.TurnScope;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/**
 * {@code hits = THINK KB "query" [, limit [, "source"]]}: searches the knowledge bases the session uses (USE KB),
 * only one document's chunks ("faq.md") or a folder's ("manuals/") when a source is given, and gives the dialog the
 * hits, best first, as objects {@code {content, source, score, page}}, for it to reason over itself.
 */
public final class ThinkKbKeyword implements CapabilityHandler {

    private final SearchKnowledge search;

    public ThinkKbKeyword(SearchKnowledge search) {
        this.search = Objects.requireNonNull(search, "search");
    }

    @Override
    public Set<String> keywords() {
        return Set.of("THINK KB");
    }

    @Override
    public CapabilityResult perform(Effect.Capability capability, TurnScope scope) {
        List<Value> arguments = capability.arguments();
        if (arguments.isEmpty() || arguments.size() > 3 || arguments.getFirst().asText().isBlank()) {
            return new CapabilityResult.Failed("THINK KB needs what to look for: hits = THINK KB \"question\" [, limit [, \"source\"]].");
        }
        OptionalInt limit = OptionalInt.empty();
        if (arguments.size() >= 2) {
            if (!(arguments.get(1) instanceof NumberValue n) || n.signum() <= 0 || n.compareTo(NumberValue.of(100)) > 0) {
                return new CapabilityResult.Failed("THINK KB's limit must be a number from 1 to 100, not "
                        + arguments.get(1).asText() + ".");
            }
            limit = OptionalInt.of(n.value().intValue());
        }
        if (scope.knowledgeBases().isEmpty()) {
            return new CapabilityResult.Failed("THINK KB searches the session's knowledge bases, and it uses none: "
                    + "say USE KB \"name\" first.");
        }
        List<KnowledgeBaseId> kbs = scope.knowledgeBases().stream().map(name -> KnowledgeBaseId.of(scope.botId(), name)).toList();
        try {
            ChunkFilter filter = arguments.size() == 3 ? ChunkFilter.ofSource(arguments.get(2).asText().strip()) : ChunkFilter.NONE;
            List<KnowledgeHit> hits = search.search(new SearchKnowledgeQuery(kbs, arguments.getFirst().asText(), limit, filter));
            return new CapabilityResult.Performed(ArrayValue.of(hits.stream().map(ThinkKbKeyword::toValue).toList()));
        } catch (VectorIndexException | EmbeddingUnavailableException | InvalidCommandException e) {
            return new CapabilityResult.Failed(e.getMessage());
        }
    }

    private static ObjectValue toValue(KnowledgeHit hit) {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("content", new TextValue(hit.chunk().content()));
        fields.put("source", new TextValue(hit.source()));
        // Fused scores are tiny fractions with long tails; six places order hits just as well and read better.
        fields.put("score", new NumberValue(BigDecimal.valueOf(hit.score()).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros()));
        fields.put("page", hit.chunk().page().isPresent() ? NumberValue.of(hit.chunk().page().getAsInt()) : NullValue.NULL);
        return new ObjectValue(fields);
    }
}
