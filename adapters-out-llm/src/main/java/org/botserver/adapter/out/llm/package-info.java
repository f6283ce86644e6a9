/** The language-model providers behind the {@code LanguageModel} port, chosen per request by the bot's settings. */
@SecondaryAdapter
package org.botserver.adapter.out.llm;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
