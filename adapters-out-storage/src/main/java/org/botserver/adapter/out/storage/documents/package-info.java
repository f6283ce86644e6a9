/**
 * Reads knowledge-base documents as text: PDF, Office and HTML through Apache Tika, pages and rows kept apart;
 * plain text, Markdown, CSV and JSON directly.
 */
@SecondaryAdapter
package org.botserver.adapter.out.storage.documents;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
