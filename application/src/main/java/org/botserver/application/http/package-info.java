/**
 * The HTTP keywords of BASIC dialogs: GET, POST, PUT, PATCH and DELETE of a URL and SET HEADER. The handler turns
 * values into request bodies and responses back into values; the {@link org.botserver.application.http.HttpFetcher}
 * port performs the request, refusing private, loopback and link-local addresses.
 */
package org.botserver.application.http;
