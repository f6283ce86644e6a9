/**
 * Remote resources over HTTP for dialogs (and, later, the knowledge-base crawler): an OkHttp client that refuses
 * every address that is not public, checked on the resolved addresses of each hop, with a time limit, a size cap
 * and a redirect cap.
 */
package org.botserver.adapter.out.storage.http;
