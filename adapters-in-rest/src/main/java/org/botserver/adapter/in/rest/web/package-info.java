/** What every HTTP response carries, whatever answers it: security headers and CORS. */
package org.botserver.adapter.in.rest.web;
