/** The Open Liberty application: CDI wiring that picks adapters from MicroProfile Config. */
package org.botserver.bootstrap;
