/**
 * Reads web sites for the knowledge bases (USE WEBSITE): a polite same-site crawler on the guarded HTTP client, so
 * private and loopback addresses stay refused unless allowed, honouring robots.txt.
 */
@SecondaryAdapter
package org.botserver.adapter.out.storage.web;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
