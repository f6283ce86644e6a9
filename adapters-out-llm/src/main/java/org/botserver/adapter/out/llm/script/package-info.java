/** The JavaScript sandbox of RUN JAVASCRIPT and the bots' .js tools: GraalJS under the CONSTRAINED sandbox policy. */
@SecondaryAdapter
package org.botserver.adapter.out.llm.script;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
