/** Embedding models: all-MiniLM-L6-v2 in-process (the default) and any OpenAI-compatible /v1/embeddings server. */
@SecondaryAdapter
package org.botserver.adapter.out.llm.embedding;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
