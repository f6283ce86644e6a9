package org.botserver.application.knowledge;

import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Finds the chunks of one or more knowledge bases that best answer a question: by meaning and by words, the two
 * rankings fused by reciprocal rank fusion, best first.
 */
@PrimaryPort
public interface SearchKnowledge {

    List<KnowledgeHit> search(SearchKnowledgeQuery query);
}
