/** Language-model and embedding providers behind the application's LanguageModel and EmbeddingModel ports. */
package org.botserver.adapter.out.llm;
