/** Who calls (bearer or conversation token) and the per-client request budget. */
package org.botserver.adapter.in.rest.access;
